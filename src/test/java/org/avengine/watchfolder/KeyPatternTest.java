package org.avengine.watchfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyPatternTest {

    @Test
    void takesTheEntityIdAndFileNameFromAKeyThatFits() {
        KeyPattern pattern = KeyPattern.parse("cars/{entityId}/{file}", "cars/");
        assertThat(pattern.match("cars/car-123/front.mp4")).contains(new KeyPattern.Match("car-123", "front.mp4"));
        assertThat(pattern.match("cars/front.mp4")).isEmpty();
        assertThat(pattern.match("cars/car-123/deeper/front.mp4")).isEmpty();
        assertThat(pattern.match("cars.x/car-123/front.mp4")).isEmpty();
    }

    @Test
    void aPatternWithoutEntityGivesOnlyTheFile() {
        assertThat(KeyPattern.parse("jobs/{file}", "jobs/").match("jobs/web.json")).contains(new KeyPattern.Match(null, "web.json"));
    }

    @Test
    void refusesPatternsOutsideThePrefixWithUnknownPlaceholdersOrWithoutAFinalFile() {
        assertThatThrownBy(() -> KeyPattern.parse("vans/{entityId}/{file}", "cars/")).hasMessageContaining("must start with");
        assertThatThrownBy(() -> KeyPattern.parse("cars/{car}/{file}", "cars/")).hasMessageContaining("unknown placeholder {car}");
        assertThatThrownBy(() -> KeyPattern.parse("cars/{entityId}", "cars/")).hasMessageContaining("must end with {file}");
        assertThatThrownBy(() -> KeyPattern.parse("cars/{file}/{file}", "cars/")).hasMessageContaining("only at its end");
        assertThatThrownBy(() -> KeyPattern.parse("cars/{entityId}/{entityId}-{file}", "cars/")).hasMessageContaining("more than once");
    }
}
