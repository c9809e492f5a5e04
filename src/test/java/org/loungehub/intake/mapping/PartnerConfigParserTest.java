package org.loungehub.intake.mapping;

import org.junit.jupiter.api.Test;
import org.loungehub.intake.format.FeedFormat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerConfigParserTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("${CSL_SFTP_PASSWORD}", "s3cret");

    private static PartnerConfig parse(String yaml) {
        PartnerConfigParser parser = new PartnerConfigParser(value -> {
            if (value.startsWith("${")) {
                String resolved = ENVIRONMENT.get(value);
                if (resolved == null) {
                    throw new IllegalArgumentException("Could not resolve placeholder '" + value + "'");
                }
                return resolved;
            }
            return value;
        });
        return parser.parse("acme.yaml", "acme",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static InvalidPartnerConfigException problemsOf(String yaml) {
        try {
            parse(yaml);
        } catch (InvalidPartnerConfigException e) {
            return e;
        }
        throw new AssertionError("expected the configuration to be rejected");
    }

    @Test
    void readsAFullConfiguration() {
        PartnerConfig config = parse("""
                id: acme
                name: Acme incubator
                format: csv
                charset: GB18030
                delimiter: tab
                defaults: { kind: technology, side: supply }
                fields: { title: 名称 }
                """);

        assertThat(config.id()).isEqualTo("acme");
        assertThat(config.name()).isEqualTo("Acme incubator");
        assertThat(config.format()).isEqualTo(FeedFormat.CSV);
        assertThat(config.readerOptions().charset().name()).isEqualTo("GB18030");
        assertThat(config.readerOptions().delimiter()).isEqualTo('\t');
        assertThat(config.defaults()).containsEntry("kind", "technology");
        assertThat(config.fields()).containsOnlyKeys("title");
        assertThat(config.origin()).isEqualTo("acme.yaml");
    }

    @Test
    void rejectsAnUnknownCanonicalFieldNamingTheFileAndTheKey() {
        InvalidPartnerConfigException e = problemsOf("""
                id: acme
                fields: { industrie: category, title: name }
                """);

        assertThat(e.problems()).singleElement().asString()
                .startsWith("acme.yaml: fields.industrie: unknown canonical field 'industrie'");
        assertThat(e).hasMessageContaining("acme.yaml: fields.industrie");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        InvalidPartnerConfigException e = problemsOf("""
                id: other
                format: xls
                charset: no-such-charset
                delimiter: ";;"
                defaults: { colour: red }
                fields:
                  industries: { from: categoryId, map: categorys }
                  city: "addresses[x].city"
                  title: { from: a, const: b }
                  keywords: { template: "{a" }
                  website: { from: url, replace: "([" }
                deleteWhen: { field: status }
                extra: 1
                """);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "acme.yaml: extra: unknown setting (known: charset, defaults, deleteWhen, delimiter, fields, format, "
                        + "id, name, sources, valueMaps)",
                "acme.yaml: id: 'other' does not match the file name (acme.yaml)",
                "acme.yaml: format: unknown format 'xls' (json, ndjson, csv, xlsx)",
                "acme.yaml: charset: unknown charset 'no-such-charset' (e.g. UTF-8, GB18030, windows-1255)",
                "acme.yaml: delimiter: expected one character other than a quote or line break (or \"tab\"), "
                        + "found ';;'",
                "acme.yaml: defaults.colour: unknown canonical field 'colour' (known: externalId, kind, side, title, "
                        + "description, language, organization, country, city, lat, lon, industries, keywords, "
                        + "stage, website, contact.name, contact.email, contact.phone, consent.given, consent.at, "
                        + "consent.basis, updatedAt, validUntil, "
                        + "deleted)",
                "acme.yaml: fields.industries.map: unknown value map 'categorys' (valueMaps: )",
                "acme.yaml: fields.city: bad path \"addresses[x].city\": expected [number] at position 10",
                "acme.yaml: fields.title: an expression map needs exactly one of from, const, concat, template, "
                        + "path, firstOf, found from and const",
                "acme.yaml: fields.keywords.template: unbalanced braces in \"{a\"",
                "acme.yaml: fields.website.replace: not a regular expression: Unclosed character class",
                "acme.yaml: deleteWhen: needs both 'field' and 'equals'");
    }

    @Test
    void rejectsAFileThatIsNotYaml() {
        assertThat(problemsOf("id: acme\nfields: [unclosed\n").problems()).singleElement().asString()
                .startsWith("acme.yaml: not valid YAML");
    }

    @Test
    void readsPullSourcesWithDefaultsAndSecretsFromTheEnvironment() {
        PartnerConfig config = parse("""
                id: acme
                sources:
                  - { type: folder, path: /srv/feeds/acme, pattern: "*.csv" }
                  - type: sftp
                    host: sftp.acme.example
                    username: hub
                    password: "${CSL_SFTP_PASSWORD}"
                    path: /out
                    delay: 5m
                  - { type: http, url: "https://acme.example/export.ndjson", format: ndjson }
                """);

        assertThat(config.sources()).containsExactly(
                new PartnerSource.Folder("/srv/feeds/acme", "*.csv", Duration.ofSeconds(30), null),
                new PartnerSource.Sftp("sftp.acme.example", 22, "hub", "s3cret", null, "/out", "*",
                        Duration.ofMinutes(5), null, null, true),
                new PartnerSource.Http(URI.create("https://acme.example/export.ndjson"), Duration.ofHours(1),
                        FeedFormat.NDJSON));
        assertThat(config.sources().get(1).toString()).doesNotContain("s3cret").contains("password=***");
    }

    @Test
    void checksSftpHostKeysAgainstTheGivenKnownHostsFileUnlessASourceTurnsCheckingOff() {
        PartnerConfig config = parse("""
                id: acme
                sources:
                  - { type: sftp, host: h, username: u, privateKeyFile: /keys/hub, knownHostsFile: /keys/known_hosts }
                  - { type: sftp, host: h, username: u, password: p, strictHostKeyChecking: false }
                  - { type: sftp, host: h, username: u, password: p, knownHostsFile: "", strictHostKeyChecking: "yes" }
                """);

        assertThat(config.sources()).extracting(s -> ((PartnerSource.Sftp) s).knownHostsFile())
                .containsExactly("/keys/known_hosts", null, null);
        assertThat(config.sources()).extracting(s -> ((PartnerSource.Sftp) s).strictHostKeyChecking())
                .containsExactly(true, false, true);
        assertThat(problemsOf("""
                id: acme
                sources: [{ type: sftp, host: h, username: u, password: p, strictHostKeyChecking: ask }]
                """).problems()).containsExactly(
                "acme.yaml: sources[0].strictHostKeyChecking: expected true or false, found 'ask'");
    }

    @Test
    void rejectsSourcesThatCannotWork() {
        InvalidPartnerConfigException e = problemsOf("""
                id: acme
                sources:
                  - { type: ftp, host: x }
                  - { type: folder, pattern: "*.csv", delay: soon }
                  - { type: sftp, host: h, username: u, password: p, privateKeyFile: /k, port: 99999 }
                  - { type: sftp, host: h, username: u, password: "${UNSET_SECRET}" }
                  - { type: http, url: "ftp://acme.example/x", user: me }
                """);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "acme.yaml: sources[0].type: unknown source type 'ftp' (folder, sftp or http)",
                "acme.yaml: sources[1].delay: expected a positive duration such as 30s, 5m or 1h, found 'soon'",
                "acme.yaml: sources[1].path: missing",
                "acme.yaml: sources[2]: an sftp source needs exactly one of password and privateKeyFile",
                "acme.yaml: sources[2].port: expected a port number, found '99999'",
                "acme.yaml: sources[3].password: Could not resolve placeholder '${UNSET_SECRET}'",
                "acme.yaml: sources[3]: an sftp source needs exactly one of password and privateKeyFile",
                "acme.yaml: sources[4].user: unknown setting for a http source (known: delay, format, type, url)",
                "acme.yaml: sources[4].url: 'ftp://acme.example/x' is not an absolute http(s) URL");
    }
}
