package org.zhiben.platform.files;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * What an uploaded file may be, for one kind of upload of a module: at most {@code maxSize} bytes, and one of the
 * allowed types — recognised by its first bytes (magic numbers), not by its name or declared type; a declared type
 * that is not what the content is, is refused too. Refusals are {@link InvalidValueException}s on field {@code file}
 * with the codes {@code <prefix>.empty}, {@code .too-large}, {@code .type-not-allowed} and {@code .type-mismatch},
 * which the module's message bundle says. A module builds its rules as a bean, e.g.
 * {@code new FileContentRules("hazard.attachment", maxSize, ContentType.JPEG, ContentType.PNG, ContentType.PDF)}.
 */
public final class FileContentRules {

    /** The types a file may be recognised as, with the bytes their files start with. */
    public enum ContentType {
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

        private final String mediaType;
        private final byte[] magic;

        ContentType(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean startsWith(byte[] content) {
            return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
        }
    }

    private final String codePrefix;
    private final long maxSize;
    private final List<ContentType> allowed;

    public FileContentRules(String codePrefix, long maxSize, ContentType... allowed) {
        this.codePrefix = Require.notBlank(codePrefix, "codePrefix");
        this.maxSize = maxSize;
        this.allowed = List.of(allowed);
    }

    /**
     * Checks the file and returns the media type its content shows.
     *
     * @throws InvalidValueException (field {@code file}) when it is empty, too large, of a type not allowed, or not
     *                               of the type declared
     */
    public String check(byte[] content, String declaredType) {
        if (content.length == 0) {
            throw new InvalidValueException("file", codePrefix + ".empty", "the file is empty");
        }
        if (content.length > maxSize) {
            throw new InvalidValueException("file", codePrefix + ".too-large",
                    "the file is larger than the " + maxSize + " bytes allowed", content.length, maxSize);
        }
        String actual = detect(content).orElseThrow(() -> new InvalidValueException("file",
                codePrefix + ".type-not-allowed", "only " + allowed + " files are accepted"));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(actual)) {
            throw new InvalidValueException("file", codePrefix + ".type-mismatch",
                    "the file's content is " + actual + ", not the declared " + declared, actual, declared);
        }
        return actual;
    }

    public long maxSize() {
        return maxSize;
    }

    private Optional<String> detect(byte[] content) {
        return allowed.stream().filter(t -> t.startsWith(content)).map(ContentType::mediaType).findFirst();
    }
}
