package com.bizsuite.platform.config;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;

/**
 * Every module jar may ship a {@code bizsuite-defaults.yml}: its default configuration.
 * All of them are loaded, below {@code application.yml} and the environment, so a module
 * brings its settings with it into the suite, into its own service and into its tests.
 */
public final class ModuleDefaults implements ApplicationContextConfigurer {

    static final String RESOURCE = "bizsuite-defaults.yml";
    private static final int BELOW_APPLICATION_YML = -1000;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        ClassLoader loader = ModuleDefaults.class.getClassLoader();
        try {
            List<URL> urls = Collections.list(loader.getResources(RESOURCE));
            YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
            int position = BELOW_APPLICATION_YML;
            for (URL url : urls) {
                try (InputStream in = url.openStream()) {
                    builder.propertySources(PropertySource.of(url.toString(), yaml.read(RESOURCE, in), position--));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
