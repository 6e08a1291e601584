package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Reading bodies that break off mid-way, which a mock server cannot produce reliably. */
class ResponseReaderTest {

    private final ResponseReader reader = new ResponseReader(HetznerJson.mapper(), new SafeText("secret"));

    record Thing(long id) {}

    private static InputStream breaksOffAfter(String start) {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8)), broken);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void aSuccessBodyThatBreaksOffIsALostConnectionWithItsStatus() {
        ApiRequest request = ApiRequest.creatingPost("/servers/{id}/actions/create_image", Map.of(), "look first");

        assertThatThrownBy(() -> reader.success(request, 201, json(), breaksOffAfter("{\"id\":"), Thing.class))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(Reason.CONNECTION_LOST);
                    assertThat(ex.status()).isEqualTo(201);
                    assertThat(ex.outcomeUnknown()).isTrue();
                    assertThat(ex.getCause()).isInstanceOf(IOException.class).hasMessage("connection reset");
                    assertThat(ex.getMessage()).endsWith("look first");
                });
    }

    @Test
    void anErrorBodyThatBreaksOffIsALostConnection() {
        RuntimeException failure =
                reader.error(ApiRequest.get("/images"), 503, json(), breaksOffAfter("{\"error\":"), null, null);

        assertThat(failure).isInstanceOfSatisfying(TransporterException.class, ex -> {
            assertThat(ex.reason()).isEqualTo(Reason.CONNECTION_LOST);
            assertThat(ex.status()).isEqualTo(503);
        });
    }

    @Test
    void aJsonNullBodyIsUndecodable() {
        assertThatThrownBy(() -> reader.success(
                        ApiRequest.get("/images"),
                        200,
                        json(),
                        new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8)),
                        Thing.class))
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Reason.UNDECODABLE));
    }

    @Test
    void aJsonErrorBodyThatIsNotTheEnvelopeIsNotTakenForOne() {
        RuntimeException failure = reader.error(
                ApiRequest.get("/images"),
                404,
                json(),
                new ByteArrayInputStream("{\"message\":\"no route\"}".getBytes(StandardCharsets.UTF_8)),
                null,
                null);

        assertThat(failure).isInstanceOfSatisfying(TransporterException.class, ex -> {
            assertThat(ex.reason()).isEqualTo(Reason.NOT_JSON);
            assertThat(ex.outcomeUnknown()).isFalse();
            assertThat(ex.getMessage()).contains("not the API's error envelope (application/json)");
        });
    }
}
