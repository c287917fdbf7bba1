package org.attune.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An integration test that the build runs twice: with every other test on
 * PostgreSQL, and again on the embedded H2 database that the development
 * command runs on (the failsafe execution {@code h2}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("h2")
public @interface AlsoOnH2 {}
