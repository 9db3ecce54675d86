package org.smartlibrary.kit.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.smartlibrary.kit.problem.ProblemException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * A path or query parameter declared as a UUID that is not one is a 400 naming the parameter, as the documents
 * say ({@code format: uuid}), instead of the 404 JAX-RS gives a failed conversion by default.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = parameterName(annotations);
        return name == null ? null : (ParamConverter<T>) new Converter(name);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record Converter(String parameter) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                UUID uuid = UUID.fromString(value);
                if (!uuid.toString().equalsIgnoreCase(value)) {
                    throw new IllegalArgumentException("not in canonical form");
                }
                return uuid;
            } catch (IllegalArgumentException notAUuid) {
                // JAX-RS turns any other exception of a path or query conversion into a 404; this one is answered as
                // the validation problem it carries (ProblemMappers)
                throw new WebApplicationException(
                        ProblemException.invalid(parameter, "must be a UUID (8-4-4-4-12 hexadecimal digits)"), 400);
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
