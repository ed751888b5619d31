package com.bizsuite.platform.config;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A module's default configuration, shipped in its jar as {@code bizsuite/<module>-defaults.yml}
 * and registered as a service ({@code META-INF/services/io.micronaut.context.ApplicationContextConfigurer}).
 * Defaults sit below {@code application.yml} and the environment, so a module brings its
 * settings with it into the suite, into its own service and into its tests. Each module has
 * its own file name because a fat jar keeps only one copy of any path.
 */
public abstract class ModuleDefaults implements ApplicationContextConfigurer {

    private static final int BELOW_APPLICATION_YML = -1000;

    private final String resource;

    protected ModuleDefaults(String resource) {
        this.resource = resource;
    }

    @Override
    public void configure(ApplicationContextBuilder builder) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing module defaults " + resource);
            }
            builder.propertySources(PropertySource.of(resource, new YamlPropertySourceLoader().read(resource, in), BELOW_APPLICATION_YML));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
