package org.loungehub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.TestApiKeys;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ImportCommandIT {

    @LocalServerPort
    int port;

    private String run(List<String> args, int expectedExit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new ImportCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(expectedExit);
        return output;
    }

    @Test
    void importsAGb18030FileWithProgressAndASummary() {
        String output = run(List.of("csl-offers", "src/test/resources/samples/csl-offers/offers-gb18030.csv",
                "--hub", "http://localhost:" + port, "--api-key", TestApiKeys.ADMIN), 0);
        assertThat(output).contains("Accepted as batch").contains("/~20 records").contains("Done: 20 records");
    }

    @Test
    void listsTheFirstRejectedRecordsAndExitsWith2(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("jobs.csv"), "company,category,size,title,level,city,url,updated\n"
                + "Acme,Fintech,m,Engineer,Senior,תל אביב,https://jobs.example/cli/1,2026-07-01\n"
                + "Acme,Fintech,m,,Senior,תל אביב,https://jobs.example/cli/2,2026-07-01\n");
        String output = run(List.of("techmap-jobs", csv.toString(), "--hub", "http://localhost:" + port, "--api-key", TestApiKeys.ADMIN), 2);
        assertThat(output).contains("1 rejected").contains("record 2, field 'title'").contains("dead-letters?batchId=");
    }

    @Test
    void saysWhatToDoWhenNoHubAnswers() {
        String output = run(List.of("csl-offers", "src/test/resources/samples/csl-offers/offers-gb18030.csv",
                "--hub", "http://localhost:1"), 1);
        assertThat(output).contains("No hub answers at http://localhost:1");
    }
}
