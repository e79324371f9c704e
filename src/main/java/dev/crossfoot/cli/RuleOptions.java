package dev.crossfoot.cli;

import dev.crossfoot.check.RuleBook;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --rules DIR}, shared by every command that needs the rule book. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra or overriding rule (.rules), concept (.concepts) and lexicon (.lexicon) files.")
    Path rulesFolder;

    RuleBook book() throws IOException {
        RuleBook book = RuleBook.builtIn();
        if (rulesFolder == null) {
            return book;
        }
        if (!Files.isDirectory(rulesFolder)) {
            throw new IOException(rulesFolder + ": --rules expects a folder of .rules, .concepts and .lexicon files");
        }
        return book.withFolder(rulesFolder);
    }
}
