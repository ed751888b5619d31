package com.bizsuite.system;

import java.nio.file.Path;

/** Where the build put the packaged jars and the JVM options they ship with (failsafe passes the paths). */
final class Packaged {

    private Packaged() {
    }

    static Path suiteJar() {
        return Path.of(System.getProperty("bizsuite.jar", "../suite/target/bizsuite.jar"));
    }

    static Path jvmOptions() {
        return Path.of(System.getProperty("bizsuite.jvm-options", "../suite/jvm.options"));
    }

    /** A split-mode service's jar: {@code gateway}, {@code auth}, {@code business}, {@code inventory} or {@code invoice}. */
    static Path serviceJar(String service) {
        Path root = Path.of(System.getProperty("bizsuite.root", ".."));
        return service.equals("gateway") ? root.resolve("gateway/target/bizsuite-gateway.jar")
                : root.resolve(service + "/app/target/bizsuite-" + service + ".jar");
    }
}
