package org.zhiben.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed file store: a file is kept once, under its SHA-256 ({@code <dir>/ab/abcdef…}), so the same
 * photo uploaded twice takes the space once and a stored file can be checked against the digest its hazard records.
 * Any module may keep its uploads here; what a module accepts is checked before, with a {@link FileContentRules}.
 * The folder is {@code zhiben.files.dir} (default {@code ${ZHIBEN_DATA_DIR:./data}/files}).
 */
@Component
public class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileStore(@Value("${zhiben.files.dir:${ZHIBEN_DATA_DIR:./data}/files}") Path root) {
        this.root = root;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Stores the content (once) and returns its SHA-256. */
    public String store(byte[] content) {
        String digest = sha256(content);
        Path target = pathOf(digest);
        if (Files.exists(target)) {
            return digest;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), digest, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(temporary);
                if (!Files.exists(target)) {
                    throw e;
                }
            }
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file", e);
        }
    }

    /** The stored file with this digest, if it is there. */
    public Optional<Path> find(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String digest) {
        return root.resolve(digest.substring(0, 2)).resolve(digest);
    }
}
