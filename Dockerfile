# One image per service, all from this file:
#   docker build --build-arg SERVICE=auth -t bizsuite/auth:local .
# SERVICE: suite (every module in one JVM, the default), gateway, auth, business, inventory, invoice.
# Stages: poms -> build (Maven Wrapper on the JDK) -> runtime (JRE, non-root, the jar)
#         -> training (records the JDK AOT cache) -> the image (runtime plus the cache).
#
# Base images are pinned to exact releases (25.0.3+9, the JDK the project builds and tests with).
# To pin their digests as well, on a machine that reaches the registry:
#   docker pull eclipse-temurin:25.0.3_9-jre-noble
#   docker image inspect --format '{{index .RepoDigests 0}}' eclipse-temurin:25.0.3_9-jre-noble
# and append the digest to the tag: eclipse-temurin:25.0.3_9-jre-noble@sha256:<digest> (the same
# for the JDK image). scripts/check-dockerfiles.sh accepts both forms.
ARG JDK_IMAGE=eclipse-temurin:25.0.3_9-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble
ARG SERVICE=suite

FROM ${JDK_IMAGE} AS poms
WORKDIR /src
COPY . .
# Only the poms go on to the next stage, so that its dependency layer is rebuilt when a pom
# changes and not on every source edit.
RUN mkdir /poms && find . -name pom.xml -not -path '*/target/*' -exec cp --parents {} /poms/ \;

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY mvnw ./
COPY .mvn .mvn
COPY --from=poms /poms/ ./
# The dependency layer, shared by every SERVICE: the whole reactor packaged from its poms and one
# empty class per module downloads Maven, the plugins and every module's dependencies. The class
# is there because the compiler resolves the annotation processors only when it has something
# to compile. The JDK image has no curl, wget or unzip: the wrapper then fetches the Maven
# tar.gz with its own small Java downloader.
RUN for pom in $(find . -mindepth 2 -name pom.xml); do \
      mkdir -p "${pom%/pom.xml}/src/main/java" \
      && echo 'class DependencyLayer {}' >"${pom%/pom.xml}/src/main/java/DependencyLayer.java"; \
    done \
 && ./mvnw -B -ntp -Dmaven.test.skip=true package \
 && find . -mindepth 2 \( -name target -o -name src \) -type d -prune -exec rm -rf {} +
COPY . .
ARG SERVICE
RUN case "$SERVICE" in \
      suite) module=suite; jar=suite/target/bizsuite.jar ;; \
      gateway) module=gateway; jar=gateway/target/bizsuite-gateway.jar ;; \
      auth|business|inventory|invoice) module=$SERVICE/app; jar=$SERVICE/app/target/bizsuite-$SERVICE.jar ;; \
      *) echo "SERVICE must be suite, gateway, auth, business, inventory or invoice, not '$SERVICE'" >&2; exit 1 ;; \
    esac \
 && ./mvnw -B -ntp -Dmaven.test.skip=true -pl "$module" -am package \
 && cp "$jar" /app.jar

FROM ${JRE_IMAGE} AS runtime-base
WORKDIR /app
COPY docker/entrypoint.sh docker/healthcheck.sh docker/aot-training.sh /app/bin/
COPY suite/jvm.options /app/jvm.options
# A numeric uid, so that Kubernetes' runAsNonRoot can verify it. /var/lib/bizsuite is the one
# writable place: the suite's embedded PostgreSQL, or a development SMS outbox.
RUN chmod 0755 /app/bin/*.sh \
 && groupadd --system --gid 10001 bizsuite \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/bizsuite --no-create-home \
      --shell /usr/sbin/nologin bizsuite \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/bizsuite
ENV APP_HOME=/app

FROM runtime-base AS service-suite
ENV BIZSUITE_SERVICE=suite PORT=8080 BIZSUITE_DATA_DIR=/var/lib/bizsuite
FROM runtime-base AS service-gateway
ENV BIZSUITE_SERVICE=gateway PORT=8080
FROM runtime-base AS service-auth
ENV BIZSUITE_SERVICE=auth PORT=8081
FROM runtime-base AS service-business
ENV BIZSUITE_SERVICE=business PORT=8082
FROM runtime-base AS service-inventory
ENV BIZSUITE_SERVICE=inventory PORT=8083
FROM runtime-base AS service-invoice
ENV BIZSUITE_SERVICE=invoice PORT=8084

FROM service-${SERVICE} AS runtime
COPY --from=build /app.jar /app/app.jar

# A throw-away stage: the training run needs curl and, for the split services, a PostgreSQL and
# a Redis on loopback (docker/aot-training.sh); the image receives only the cache file. The
# cache is recorded with this stage's JRE, jar and options, which the image shares.
FROM runtime AS training
RUN case "$BIZSUITE_SERVICE" in \
      suite) packages=curl ;; \
      gateway) packages="curl redis-server" ;; \
      *) packages="curl postgresql redis-server" ;; \
    esac \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages \
 && rm -rf /var/lib/apt/lists/* \
 && install -d -o 10001 -g 10001 /tmp/aot
USER 10001:10001
RUN /app/bin/aot-training.sh /tmp/aot/app.aot

FROM runtime
COPY --from=training /tmp/aot/app.aot /app/app.aot
USER 10001:10001
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 CMD ["/app/bin/healthcheck.sh"]
ENTRYPOINT ["/app/bin/entrypoint.sh"]
