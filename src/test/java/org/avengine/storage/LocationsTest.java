package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationsTest {

    @TempDir
    Path temp;

    Path media;
    Locations locations;

    @BeforeEach
    void allowOneFolder() throws IOException {
        media = Files.createDirectories(temp.resolve("media")).toRealPath();
        locations = locations(List.of(media), true, false);
    }

    @Test
    void parsesStoreLocations() {
        assertThat(locations.parse("s3://in-bucket/c/1/film.mp4"))
                .isEqualTo(new StoreLocation(new ObjectRef("in-bucket", "c/1/film.mp4")));
        assertThat(locations.parse("S3://in-bucket/x.mp4")).isEqualTo(new StoreLocation(new ObjectRef("in-bucket", "x.mp4")));
    }

    @Test
    void parsesFilesUnderAnAllowedRootInEverySpelling() {
        Path film = media.resolve("My Film.mp4");
        FileLocation expected = new FileLocation(film);

        assertThat(locations.parse("file://" + film)).isEqualTo(expected);
        assertThat(locations.parse(film.toUri().toString())).isEqualTo(expected);
        assertThat(locations.parse("file:" + film)).isEqualTo(expected);
        assertThat(locations.parse("file://localhost" + film)).isEqualTo(expected);
        assertThat(locations.parse(film.toString())).isEqualTo(expected);
    }

    @Test
    void formatsLocationsBackToStringsThatParseToTheSameLocation() {
        for (String text : List.of("s3://in-bucket/c/1/film.mp4", media.resolve("a b.mp4").toUri().toString(),
                "https://example.org/a.mp4?x=1")) {
            Location location = locations.parse(text);
            assertThat(locations.parse(locations.format(location))).isEqualTo(location);
        }
        assertThat(locations.format(new FileLocation(media.resolve("a b.mp4")))).isEqualTo("file://" + media + "/a%20b.mp4");
    }

    @Test
    void parsesHttpsWhenAllowed() {
        assertThat(locations.parse("https://example.org/a.mp4"))
                .isEqualTo(new HttpLocation(URI.create("https://example.org/a.mp4")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ftp://example.org/a.mp4    | the scheme 'ftp:' is not supported",
        "data:video/mp4;base64,AAAA | the scheme 'data:' is not supported",
        "'concat:a.mp4|b.mp4'       | the scheme 'concat:' is not supported",
        "pipe:0                     | the scheme 'pipe:' is not supported",
        "relative/film.mp4          | relative paths are not allowed",
        "http://example.org/a.mp4   | set avengine.storage.inputs.allow-http=true",
        "file://otherhost/a.mp4     | files on other hosts",
        "file:relative.mp4          | needs an absolute path",
        "/etc/passwd                | is not under any folder of avengine.storage.inputs.file-roots",
        "file:///etc/passwd         | is not under any folder of avengine.storage.inputs.file-roots",
        "s3://Bad_Bucket/a.mp4      | Invalid bucket name",
        "s3://bucket                | No key after the bucket",
        "s3://bucket/a/../../b      | no empty, '.' or '..' segments",
    })
    void refusesWhatIsNotAllowedSayingWhy(String location, String reason) {
        assertThatThrownBy(() -> locations.parse(location)).isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining(location.strip()).hasMessageContaining(reason);
    }

    @Test
    void refusesAnEmptyLocation() {
        assertThatThrownBy(() -> locations.parse(" ")).isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("empty location");
    }

    @Test
    void refusesDotDotOutOfARoot() {
        String sneaky = "file://" + media + "/../outside.mp4";

        assertThatThrownBy(() -> locations.parse(sneaky)).isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("is not under any folder of avengine.storage.inputs.file-roots");
    }

    @Test
    void refusesASymbolicLinkThatEscapesARoot() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.mp4"), "x");
        Files.createSymbolicLink(media.resolve("link"), outside);

        assertThatThrownBy(() -> locations.parse("file://" + media + "/link/secret.mp4"))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("resolves to " + outside.toRealPath().resolve("secret.mp4"));
        assertThatThrownBy(() -> locations.parse("file://" + media + "/link/new-output.mp4"))
                .isInstanceOf(LocationNotAllowedException.class);
    }

    @Test
    void followsSymbolicLinksThatStayInsideARoot() throws IOException {
        Path real = Files.createDirectories(media.resolve("real"));
        Files.createSymbolicLink(media.resolve("alias"), real);

        assertThat(locations.parse("file://" + media + "/alias/film.mp4"))
                .isEqualTo(new FileLocation(real.resolve("film.mp4")));
    }

    @Test
    void refusesFilesAndHttpsWhenNothingIsConfigured() {
        Locations strict = locations(List.of(), false, false);

        assertThatThrownBy(() -> strict.parse("file://" + media + "/a.mp4"))
                .hasMessageContaining("file locations are turned off")
                .hasMessageContaining("avengine.storage.inputs.file-roots");
        assertThatThrownBy(() -> strict.parse("https://example.org/a.mp4"))
                .hasMessageContaining("set avengine.storage.inputs.allow-https=true");
    }

    @Test
    void resolvesOutputsToTheStoreOrAllowedFolders() {
        assertThat(locations.resolveOutput("s3://out-bucket/c/1/"))
                .isEqualTo(new StoreLocation(new ObjectRef("out-bucket", "c/1/")));
        assertThat(locations.resolveOutput("file://" + media + "/out/a.mp4"))
                .isEqualTo(new FileLocation(media.resolve("out/a.mp4")));
        assertThatThrownBy(() -> locations.resolveOutput("https://example.org/upload"))
                .isInstanceOf(LocationNotAllowedException.class).hasMessageContaining("as an output");
        assertThatThrownBy(() -> locations.resolveOutput("/tmp/elsewhere/a.mp4"))
                .isInstanceOf(LocationNotAllowedException.class);
    }

    static Locations locations(List<Path> roots, boolean https, boolean http) {
        return new Locations(new StorageProperties(null, null, null,
                new StorageProperties.Inputs(roots, https, http, null, null, null, null)));
    }
}
