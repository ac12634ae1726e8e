package org.zhiben.identity;

import java.util.regex.Pattern;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/** Identity of a registered {@link ApiClient}: 3 to 60 characters of lower-case letters, digits and '-'. */
public record ClientId(String value) implements Comparable<ClientId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]{3,60}");

    public ClientId {
        Require.notNull(value, "clientId");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("clientId", "identity.api-client.id-invalid",
                    "a client id has 3 to 60 characters among a-z, 0-9 and '-'");
        }
    }

    public static ClientId of(String value) {
        return new ClientId(value);
    }

    @Override
    public int compareTo(ClientId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
