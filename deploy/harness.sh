# Shared by the harness commands (deploy/faults/run, deploy/fuzz/run, deploy/bench/*): makes sure the packaged
# services, the Kafka jars and the embedded PostgreSQL launcher are there, and runs a harness class of the deploy
# module. Source it, then call: harness_prepare <label> <build:true|false>; harness_verify <maven arguments>.
# Sets ROOT, LIB, MVNW.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LIB=$ROOT/.work/local/lib
MVNW=("$ROOT/mvnw" -B -q)

harness_prepare() {
  local label=$1 build=$2 svc jar stale=false
  if $build; then
    for svc in assessment-service partner-service matching-service; do
      jar=$ROOT/$svc/target/quarkus-app/quarkus-run.jar
      # missing, or older than any source of the service or the platform modules it is built from
      if [[ ! -f $jar ]] || [[ -n $(find "$ROOT/$svc/src/main" "$ROOT/$svc/pom.xml" "$ROOT/platform" \
          -path '*/target' -prune -o -type f -newer "$jar" -print -quit) ]]; then
        stale=true
      fi
    done
    if $stale; then
      echo "$label: packaging the services (./mvnw -B -q install -DskipTests)"
      (cd "$ROOT" && "${MVNW[@]}" install -DskipTests)
    fi
  fi
  # both come from Maven Central through ./mvnw (nothing else is downloaded); a partial copy is redone
  if [[ ! -f $LIB/kafka/.copied ]]; then
    echo "$label: fetching the Apache Kafka jars into $LIB/kafka"
    rm -rf "$LIB/kafka"
    "${MVNW[@]}" -f "$ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$LIB/kafka"
    touch "$LIB/kafka/.copied"
  fi
  if [[ ! -f $LIB/postgres/local-postgres-0.1.0-SNAPSHOT.jar ]]; then
    echo "$label: building the embedded PostgreSQL launcher into $LIB/postgres"
    "${MVNW[@]}" -f "$ROOT/deploy/local/postgres/pom.xml" -Dlocal.work.dir="$ROOT/.work/local" \
      package dependency:copy-dependencies
  fi
}

# Runs `verify` of the deploy module with the given arguments (which harness class, its system properties) and
# replaces the shell with it. The modules it depends on (platform, services) come from this checkout through the
# reactor (-am), never from ~/.m2, so a fresh machine needs nothing installed; they are neither tested
# (-Dtest=none, no IT of theirs matches -Dit.test) nor packaged again (-Dquarkus.build.skip): the services run as
# they were packaged, by harness_prepare or by ./mvnw -B verify.
harness_verify() {
  cd "$ROOT"
  exec ./mvnw -B -pl deploy -am verify -Dquarkus.build.skip=true \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dslp.kafka.libs="$LIB/kafka" -Dslp.postgres.libs="$LIB/postgres" "$@"
}
