package org.avengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** avengine: a self-hosted audio/video transcoding engine with a MediaConvert-compatible API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AvengineApplication {

    public static void main(String[] args) {
        SpringApplication.run(AvengineApplication.class, args);
    }
}
