package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/a.mp4", "http://127.9.9.9/a.mp4", "http://10.1.2.3/a.mp4",
            "http://172.16.0.1/a.mp4", "http://172.31.255.255/a.mp4", "http://192.168.1.1/a.mp4",
            "http://169.254.169.254/latest/meta-data/", "http://100.100.100.200/a.mp4", "http://0.0.0.0/a.mp4",
            "http://2130706433/a.mp4", "http://[::1]/a.mp4", "http://[::]/a.mp4", "http://[fd00:ec2::254]/a.mp4",
            "http://[fc00::1]/a.mp4", "http://[fe80::1]/a.mp4", "http://[::ffff:127.0.0.1]/a.mp4",
            "http://[::ffff:169.254.169.254]/a.mp4", "http://224.0.0.1/a.mp4"})
    void refusesInternalAddressesWrittenInTheUrl(String url) {
        assertThatThrownBy(() -> locations(List.of()).parse(url))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("avengine.storage.inputs.allowed-networks");
    }

    @Test
    void acceptsPublicAddressesAndNames() {
        assertThatCode(() -> locations(List.of()).parse("http://203.0.113.7/a.mp4")).doesNotThrowAnyException();
        assertThatCode(() -> locations(List.of()).parse("https://media.example/a.mp4")).doesNotThrowAnyException();
        assertThatCode(() -> locations(List.of()).parse("http://172.32.0.1/a.mp4")).doesNotThrowAnyException();
    }

    @Test
    void allowsConfiguredNetworksAndHostsOnly() {
        Locations locations = locations(List.of("10.1.0.0/16", "fd12::/16", "127.0.0.1"));
        assertThatCode(() -> locations.parse("http://10.1.200.3/a.mp4")).doesNotThrowAnyException();
        assertThatCode(() -> locations.parse("http://[fd12::5]/a.mp4")).doesNotThrowAnyException();
        assertThatCode(() -> locations.parse("http://127.0.0.1/a.mp4")).doesNotThrowAnyException();
        assertThatThrownBy(() -> locations.parse("http://10.2.0.1/a.mp4")).isInstanceOf(LocationNotAllowedException.class);
        assertThatThrownBy(() -> locations.parse("http://127.0.0.2/a.mp4")).isInstanceOf(LocationNotAllowedException.class);
    }

    @Test
    void aHostNameIsAllowedByNameWhateverItResolvesTo() {
        AddressRules rules = new AddressRules(List.of("media.internal"));
        assertThatCode(() -> rules.check("media.internal", AddressRules.Network.literal("10.0.0.5"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.check("other.internal", AddressRules.Network.literal("10.0.0.5")))
                .isInstanceOf(LocationNotAllowedException.class).hasMessageContaining("resolves to 10.0.0.5");
    }

    @Test
    void theResolverRefusesANameThatResolvesToLoopback() {
        CheckedDnsResolver resolver = new CheckedDnsResolver(new AddressRules(List.of()));
        assertThatThrownBy(() -> resolver.resolve("localhost")).isInstanceOf(CheckedDnsResolver.AddressRefusedException.class);
        assertThat(new AddressRules(List.of("127.0.0.0/8")).hostAllowed("localhost")).isFalse();
    }

    private static Locations locations(List<String> allowed) {
        return new Locations(new StorageProperties(null, null, null,
                new StorageProperties.Inputs(null, true, true, null, null, null, allowed)));
    }
}
