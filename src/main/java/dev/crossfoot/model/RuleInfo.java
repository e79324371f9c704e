package dev.crossfoot.model;

/**
 * What every renderer, {@code rules} and {@code explain} need to know about a rule: its stable
 * id, the sentence an accountant reads, its identity as written, severity, and where it was defined.
 */
public record RuleInfo(String id, String sentence, String identity, Severity severity,
                       String scope, String tolerance, String source, String help) { }
