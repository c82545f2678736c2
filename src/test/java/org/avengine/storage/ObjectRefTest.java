package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ObjectRefTest {

    @Test
    void parsesAndFormatsAnS3Location() {
        ObjectRef ref = ObjectRef.parse("s3://media-in/c/1/My Film.mp4");

        assertThat(ref).isEqualTo(new ObjectRef("media-in", "c/1/My Film.mp4"));
        assertThat(ref.fileName()).isEqualTo("My Film.mp4");
        assertThat(ref).hasToString("s3://media-in/c/1/My Film.mp4");
        assertThat(ref.resolve("x.mp4")).isEqualTo(new ObjectRef("media-in", "c/1/My Film.mp4/x.mp4"));
        assertThat(new ObjectRef("b12", "out/").resolve("hls/a.ts")).isEqualTo(new ObjectRef("b12", "out/hls/a.ts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Media", "-media", "media-", "me..dia", "me_dia", "a/b"})
    void refusesBucketNamesS3WouldRefuse(String bucket) {
        assertThatThrownBy(() -> new ObjectRef(bucket, "key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "a/../b", "..", "a/./b", "a//b", "../x"})
    void refusesKeysThatCouldEscapeOrBeAmbiguous(String key) {
        assertThatThrownBy(() -> new ObjectRef("media", key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsAPrefixEndingInASlash() {
        assertThat(new ObjectRef("media", "c/s/1/").fileName()).isEmpty();
    }
}
