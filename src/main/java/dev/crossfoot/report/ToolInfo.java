package dev.crossfoot.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** crossfoot's version and home page, as Maven wrote them from pom.xml into the jar. */
public final class ToolInfo {

    private static final Properties TOOL = load();

    private ToolInfo() {
    }

    /** The version from pom.xml, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return TOOL.getProperty("version");
    }

    /** The tool's home page (SARIF {@code informationUri}). */
    public static String url() {
        return TOOL.getProperty("url");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the build: rebuild with mvn package");
            }
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("tool.properties in the jar cannot be read", unreadable);
        }
        return properties;
    }
}
