package org.zhiben.hazards.files;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.zhiben.shared.InvalidValueException;

/**
 * What a hazard attachment (evidence, photo) may be: at most {@code zhiben.hazards.attachments.max-size} (10 MB by
 * default), and a JPEG, PNG or PDF file — recognised by its first bytes (magic numbers), not by its name or declared
 * type; a declared type that is not what the content is, is refused too.
 */
@Component
public class AttachmentRules {

    /** The allowed types, with the bytes their files start with. */
    enum AllowedType {
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

        private final String mediaType;
        private final byte[] magic;

        AllowedType(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        boolean startsWith(byte[] content) {
            return content.length >= magic.length
                    && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
        }
    }

    private final long maxSize;

    AttachmentRules(@Value("${zhiben.hazards.attachments.max-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize.toBytes();
    }

    /**
     * Checks the file and returns the media type its content shows.
     *
     * @throws InvalidValueException (field {@code file}) when it is empty, too large, of a type not allowed, or not
     *                               of the type declared
     */
    public String check(byte[] content, String declaredType) {
        if (content.length == 0) {
            throw new InvalidValueException("file", "hazard.attachment.empty", "the file is empty");
        }
        if (content.length > maxSize) {
            throw new InvalidValueException("file", "hazard.attachment.too-large",
                    "the file is larger than the " + maxSize + " bytes allowed", content.length, maxSize);
        }
        String actual = detect(content).orElseThrow(() -> new InvalidValueException("file",
                "hazard.attachment.type-not-allowed", "only JPEG, PNG and PDF files are accepted"));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(actual)) {
            throw new InvalidValueException("file", "hazard.attachment.type-mismatch",
                    "the file's content is " + actual + ", not the declared " + declared, actual, declared);
        }
        return actual;
    }

    public long maxSize() {
        return maxSize;
    }

    static Optional<String> detect(byte[] content) {
        return Arrays.stream(AllowedType.values()).filter(t -> t.startsWith(content)).map(t -> t.mediaType)
                .findFirst();
    }
}
