# Shared by the harness commands (deploy/faults/run, deploy/bench/*): makes sure the packaged services, the Kafka
# jars and the embedded PostgreSQL launcher are there. Source it, then call: harness_prepare <label> <build:true|false>
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
  if [[ ! -f $LIB/kafka/.copied ]]; then
    echo "$label: fetching the Apache Kafka jars into $LIB/kafka"
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
