package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StderrTailTest {

    @Test
    void keepsOnlyTheLastLines() {
        StderrTail tail = new StderrTail(3, 10_000);
        for (int i = 1; i <= 10; i++) {
            tail.add("line " + i);
        }

        assertThat(tail.lines()).containsExactly("line 8", "line 9", "line 10");
    }

    @Test
    void keepsWithinItsByteLimit() {
        StderrTail tail = new StderrTail(100, 50);
        for (int i = 0; i < 20; i++) {
            tail.add("é".repeat(10) + i);
        }

        int bytes = tail.lines().stream().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(bytes).isLessThanOrEqualTo(50);
        assertThat(tail.lines()).last().isEqualTo("é".repeat(10) + 19);
    }

    @Test
    void skipsBlankLines() {
        StderrTail tail = StderrTail.ofLines(5);
        tail.add("");
        tail.add("   ");
        tail.add("something");

        assertThat(tail.lines()).containsExactly("something");
    }

    @Test
    void cutsOverlongLinesWhenReading() throws IOException {
        StringReader reader = new StringReader("x".repeat(10_000) + "\nnext\r\nlast");

        assertThat(ChildOutput.readLine(reader)).hasSize(ChildOutput.MAX_LINE_CHARS);
        assertThat(ChildOutput.readLine(reader)).isEqualTo("next");
        assertThat(ChildOutput.readLine(reader)).isEmpty();
        assertThat(ChildOutput.readLine(reader)).isEqualTo("last");
        assertThat(ChildOutput.readLine(reader)).isNull();
    }
}
