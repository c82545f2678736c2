package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void readsClosedOpenAndSuffixRangesAndClampsTheEnd() {
        assertThat(ByteRange.parse("bytes=0-999", 5000)).isEqualTo(new ByteRange(0, 999));
        assertThat(ByteRange.parse("bytes=100-", 5000)).isEqualTo(new ByteRange(100, 4999));
        assertThat(ByteRange.parse("bytes=-10", 5000)).isEqualTo(new ByteRange(4990, 4999));
        assertThat(ByteRange.parse("bytes=4000-9999", 5000)).isEqualTo(new ByteRange(4000, 4999));
        assertThat(ByteRange.parse("bytes=-9999", 5000)).isEqualTo(new ByteRange(0, 4999));
    }

    @Test
    void answersMalformedOrMultipleRangesWithTheWholeObject() {
        assertThat(ByteRange.parse(null, 5000)).isNull();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 5000)).isNull();
        assertThat(ByteRange.parse("items=0-1", 5000)).isNull();
        assertThat(ByteRange.parse("bytes=9-3", 5000)).isNull();
    }

    @Test
    void refusesRangesWhollyBeyondTheEnd() {
        assertThatThrownBy(() -> ByteRange.parse("bytes=5000-", 5000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 5000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=99999999999999999999-", 5000)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }
}
