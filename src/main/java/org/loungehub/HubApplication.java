package org.loungehub;

import java.util.Arrays;
import org.loungehub.cli.ImportCommand;
import org.loungehub.evaluation.EvaluateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    /**
     * Runs the hub; {@code import <partner> <file>} instead pushes a file to a running hub (see cli.ImportCommand),
     * {@code evaluate} measures a running hub's matching (see evaluation.EvaluateCommand).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(new ImportCommand(System.out).run(Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length > 0 && args[0].equals("evaluate")) {
            System.exit(new EvaluateCommand(System.out).run(Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
