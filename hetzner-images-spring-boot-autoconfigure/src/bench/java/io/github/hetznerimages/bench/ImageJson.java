package io.github.hetznerimages.bench;

/** The JSON of one image as the API sends it (about 600 bytes, like a real snapshot). */
final class ImageJson {

    private ImageJson() {}

    /** A snapshot with the given id, with every field the API sends. */
    static String image(long id) {
        return "{\"id\":" + id + ",\"type\":\"snapshot\",\"status\":\"available\",\"name\":null,"
                + "\"description\":\"web-" + id + " before upgrade\",\"image_size\":2.3,\"disk_size\":40,"
                + "\"created\":\"2026-07-08T02:15:31Z\",\"created_from\":{\"id\":5010,\"name\":\"web-1\"},"
                + "\"bound_to\":null,\"os_flavor\":\"debian\",\"os_version\":\"12\",\"rapid_deploy\":false,"
                + "\"protection\":{\"delete\":false},\"deprecated\":null,\"deleted\":null,"
                + "\"labels\":{\"env\":\"prod\",\"example.com/build\":\"nightly\",\"keep\":\"\"},"
                + "\"architecture\":\"x86\"}";
    }
}
