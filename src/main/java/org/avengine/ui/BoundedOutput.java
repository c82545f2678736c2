package org.avengine.ui;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.HttpStatus;

/** Passes on at most {@code limit} bytes; a chunk that would make an upload longer than announced is refused. */
final class BoundedOutput extends FilterOutputStream {

    private long left;

    BoundedOutput(OutputStream out, long limit) {
        super(out);
        this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
        check(1);
        out.write(b);
        left--;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check(len);
        out.write(b, off, len);
        left -= len;
    }

    private void check(long more) {
        if (more > left) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "The chunk goes past the size the upload announced");
        }
    }
}
