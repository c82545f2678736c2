package org.avengine.transcode;

/**
 * The picture size of a video output and the ffmpeg filter that makes it from the (upright) input,
 * following MediaConvert's scaling behaviours: DEFAULT fits and pads to the exact size, FIT fits
 * without padding, FIT_NO_UPSCALE fits but never enlarges, FILL covers and crops, STRETCH_TO_OUTPUT
 * ignores the aspect ratio. Sizes are even, as 4:2:0 encoders need.
 */
record Picture(int width, int height, String filter) {

    static Picture of(int inputWidth, int inputHeight, Integer width, Integer height, String behaviour) {
        if (width == null && height == null) {
            return scaled(even(inputWidth), even(inputHeight));
        }
        if (width == null || height == null) {
            double factor = width != null ? (double) width / inputWidth : (double) height / inputHeight;
            int w = width != null ? even(width) : even(inputWidth * factor);
            int h = height != null ? even(height) : even(inputHeight * factor);
            return scaled(w, h);
        }
        String mode = behaviour == null ? "DEFAULT" : behaviour;
        double fit = Math.min((double) width / inputWidth, (double) height / inputHeight);
        return switch (mode) {
            case "STRETCH_TO_OUTPUT" -> scaled(even(width), even(height));
            case "FIT" -> scaled(even(inputWidth * fit), even(inputHeight * fit));
            case "FIT_NO_UPSCALE" -> scaled(even(inputWidth * Math.min(1, fit)), even(inputHeight * Math.min(1, fit)));
            case "FILL" -> filled(inputWidth, inputHeight, even(width), even(height));
            default -> padded(even(inputWidth * fit), even(inputHeight * fit), even(width), even(height));
        };
    }

    private static Picture scaled(int w, int h) {
        return new Picture(w, h, "scale=" + w + ":" + h + ",setsar=1");
    }

    private static Picture padded(int w, int h, int frameWidth, int frameHeight) {
        if (w == frameWidth && h == frameHeight) {
            return scaled(w, h);
        }
        String pad = ",pad=" + frameWidth + ":" + frameHeight + ":(ow-iw)/2:(oh-ih)/2:black";
        return new Picture(frameWidth, frameHeight, "scale=" + w + ":" + h + pad + ",setsar=1");
    }

    private static Picture filled(int inputWidth, int inputHeight, int w, int h) {
        double cover = Math.max((double) w / inputWidth, (double) h / inputHeight);
        int sw = Math.max(w, even(inputWidth * cover));
        int sh = Math.max(h, even(inputHeight * cover));
        return new Picture(w, h, "scale=" + sw + ":" + sh + ",crop=" + w + ":" + h + ",setsar=1");
    }

    /** Rounds down to an even size of at least 2 pixels. */
    static int even(double size) {
        return Math.max(2, (int) Math.floor(size / 2 + 1e-9) * 2);
    }
}
