package org.zhiben.enforcement.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.ReporterIdentity;
import tools.jackson.databind.JsonNode;

/**
 * Encrypts a tip-off reporter's identity at rest with AES-256-GCM, bound to the tip-off's id (associated data), under
 * a key kept outside the database: a key file ({@code zhiben.enforcement.reporter-key-file}, default
 * {@code ${ZHIBEN_DATA_DIR:./data}/keys/reporter-keys.properties}, created with one fresh key on first use) holding
 * {@code current=<key id>} and {@code key.<id>=<base64 of 32 bytes>} lines. Rotation: add a key and make it current;
 * identities are encrypted with the current key on every save and stay readable under the older keys kept in the file.
 */
@Component
public class ReporterCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String current;

    ReporterCipher(@Value("${zhiben.enforcement.reporter-key-file:${ZHIBEN_DATA_DIR:./data}/keys/reporter-keys.properties}")
            Path keyFile) {
        Properties properties = load(keyFile);
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                byte[] key = Base64.getDecoder().decode(properties.getProperty(name).strip());
                if (key.length != 32) {
                    throw new IllegalStateException("reporter key " + name + " must be 32 bytes (AES-256)");
                }
                keys.put(name.substring(4), new SecretKeySpec(key, "AES"));
            }
        }
        current = properties.getProperty("current", "").strip();
        if (!keys.containsKey(current)) {
            throw new IllegalStateException("the current reporter key '" + current + "' is not in " + keyFile);
        }
    }

    /** The ciphertext of an identity and the id of the key that made it. */
    public record Sealed(String keyId, String ciphertext) {
    }

    public Sealed seal(ReporterIdentity reporter, String tipOffId) {
        byte[] plain = DocumentRows.JSON.writeValueAsBytes(Map.of("name", reporter.name(),
                "contact", reporter.contact() == null ? "" : reporter.contact()));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(tipOffId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] stored = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, stored, 0, iv.length);
            System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
            return new Sealed(current, Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt the reporter's identity", e);
        }
    }

    public ReporterIdentity open(Sealed sealed, String tipOffId) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("the reporter key '" + sealed.keyId() + "' is no longer configured");
        }
        byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(tipOffId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            JsonNode node = DocumentRows.JSON.readTree(plain);
            String contact = node.get("contact").asString();
            return new ReporterIdentity(node.get("name").asString(), contact.isEmpty() ? null : contact);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt the reporter's identity", e);
        }
    }

    /** The id of the key new identities are encrypted with. */
    public String currentKeyId() {
        return current;
    }

    private Properties load(Path keyFile) {
        Properties properties = new Properties();
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            try (InputStream in = Files.newInputStream(keyFile)) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the reporter key file " + keyFile, e);
        }
    }

    private void create(Path keyFile) throws IOException {
        Path folder = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] key = new byte[32];
        random.nextBytes(key);
        Properties fresh = new Properties();
        fresh.setProperty("current", "k1");
        fresh.setProperty("key.k1", Base64.getEncoder().encodeToString(key));
        try (OutputStream out = Files.newOutputStream(keyFile)) {
            fresh.store(out, "AES-256 keys for tip-off reporters; keep outside the database, add keys to rotate");
        }
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection applies
        }
    }
}
