package org.smartlibrary.assessment.service;

/** A resource representation with the version its ETag is made from. */
public record Versioned<T>(T body, long version) {
}
