package org.zhiben.enforcement.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiben.enforcement.ReporterIdentity;

/** The reporter's identity at rest: AES-GCM under a key from a key file, bound to the tip-off, rotatable. */
class ReporterCipherTest {

    private static final ReporterIdentity REPORTER = new ReporterIdentity("赵举报", "13712345678");
    private static final String TIP_OFF = "5b0c9a52-7f1e-4d55-9a55-0e1a2b3c4d5e";

    @TempDir
    Path folder;

    @Test
    void a_missing_key_file_is_created_with_one_fresh_key_readable_only_by_its_owner() throws IOException {
        Path file = folder.resolve("keys/reporter-keys.properties");
        ReporterCipher cipher = new ReporterCipher(file);

        assertThat(file).exists();
        assertThat(cipher.currentKeyId()).isEqualTo("k1");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        ReporterCipher.Sealed sealed = cipher.seal(REPORTER, TIP_OFF);
        assertThat(sealed.ciphertext()).doesNotContain("赵举报", "13712345678");
        assertThat(new ReporterCipher(file).open(sealed, TIP_OFF)).isEqualTo(REPORTER);
    }

    @Test
    void each_seal_is_different_and_a_ciphertext_moved_to_another_tip_off_does_not_open() {
        ReporterCipher cipher = new ReporterCipher(folder.resolve("keys.properties"));
        ReporterCipher.Sealed first = cipher.seal(REPORTER, TIP_OFF);
        ReporterCipher.Sealed second = cipher.seal(REPORTER, TIP_OFF);

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThatThrownBy(() -> cipher.open(first, "another-tip-off")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_rotation_new_identities_use_the_new_key_and_old_ones_still_open() throws IOException {
        Path file = folder.resolve("keys.properties");
        ReporterCipher before = new ReporterCipher(file);
        ReporterCipher.Sealed old = before.seal(REPORTER, TIP_OFF);

        Properties keys = new Properties();
        try (var in = Files.newInputStream(file)) {
            keys.load(in);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        keys.setProperty("key.k2", Base64.getEncoder().encodeToString(key));
        keys.setProperty("current", "k2");
        try (var out = Files.newOutputStream(file)) {
            keys.store(out, null);
        }
        ReporterCipher after = new ReporterCipher(file);

        assertThat(after.seal(REPORTER, TIP_OFF).keyId()).isEqualTo("k2");
        assertThat(after.open(old, TIP_OFF)).isEqualTo(REPORTER);
        keys.remove("key.k1");
        try (var out = Files.newOutputStream(file)) {
            keys.store(out, null);
        }
        assertThatThrownBy(() -> new ReporterCipher(file).open(old, TIP_OFF))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer configured");
    }
}
