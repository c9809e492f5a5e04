package org.loungehub.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads an RSA public key from a PEM file ("-----BEGIN PUBLIC KEY-----"). */
final class PemKeys {

    private PemKeys() {
    }

    static RSAPublicKey rsaPublicKey(String location) throws Exception {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        String pem = Files.readString(Path.of(path), StandardCharsets.US_ASCII);
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        if (base64.isEmpty()) {
            throw new IllegalStateException("No PEM public key in " + location);
        }
        byte[] der = Base64.getDecoder().decode(base64);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
