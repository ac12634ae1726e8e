package org.zhiben.identity.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RSA keys that sign the access tokens of the embedded authorization server, kept in {@code identity.signing_key}
 * so that tokens stay valid across restarts and across instances sharing the database. The first start generates a
 * 2048-bit key; the newest key signs, every stored key verifies (to rotate: insert a newer key).
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static JWKSet load(JdbcTemplate jdbc, Clock clock) {
        List<JWK> keys = read(jdbc);
        if (keys.isEmpty()) {
            KeyPair pair = generate();
            String keyId = UUID.randomUUID().toString();
            jdbc.update("INSERT INTO identity.signing_key (key_id, public_key, private_key, created_at) "
                            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", keyId,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    clock.instant().atOffset(ZoneOffset.UTC));
            log.info("Generated the RSA key {} that signs API access tokens", keyId);
            keys = read(jdbc);
        }
        return new JWKSet(keys);
    }

    private static List<JWK> read(JdbcTemplate jdbc) {
        return jdbc.query("SELECT key_id, public_key, private_key FROM identity.signing_key ORDER BY created_at DESC",
                (rs, row) -> rsaKey(rs.getString("key_id"), rs.getString("public_key"), rs.getString("private_key")));
    }

    private static JWK rsaKey(String keyId, String publicKey, String privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            var priv = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            return new RSAKey.Builder(pub).privateKey(priv).keyID(keyId).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the stored signing key " + keyId + " cannot be read", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides RSA", e);
        }
    }
}
