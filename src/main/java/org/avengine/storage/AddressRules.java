package org.avengine.storage;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses http(s) inputs and origins may be fetched from. Loopback, private (10/8,
 * 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local (169.254/16 with the cloud metadata
 * address 169.254.169.254, fe80::/10), unspecified, multicast and broadcast addresses are refused,
 * IPv4 inside IPv6 included, unless {@code avengine.storage.inputs.allowed-networks} names the host
 * or a network holding the address.
 */
final class AddressRules {

    static final String SETTING = "avengine.storage.inputs.allowed-networks";

    private static final List<Network> INTERNAL = List.of(Network.parse("0.0.0.0/8"), Network.parse("10.0.0.0/8"),
            Network.parse("100.64.0.0/10"), Network.parse("127.0.0.0/8"), Network.parse("169.254.0.0/16"),
            Network.parse("172.16.0.0/12"), Network.parse("192.0.0.0/24"), Network.parse("192.168.0.0/16"),
            Network.parse("198.18.0.0/15"), Network.parse("224.0.0.0/3"), Network.parse("::/128"),
            Network.parse("::1/128"), Network.parse("fc00::/7"), Network.parse("fe80::/10"), Network.parse("ff00::/8"));

    private final List<String> allowedHosts;
    private final List<Network> allowedNetworks;

    AddressRules(List<String> allowed) {
        this.allowedHosts = allowed.stream().filter(a -> !Network.isNetwork(a)).map(a -> a.toLowerCase(Locale.ROOT)).toList();
        this.allowedNetworks = allowed.stream().filter(Network::isNetwork).map(Network::parse).toList();
    }

    /** Whether {@code host} (as written in the URL) is allowed whatever it resolves to. */
    boolean hostAllowed(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /**
     * Checks one address {@code host} resolved to.
     *
     * @throws LocationNotAllowedException when it is internal and not allowed, naming the setting
     */
    void check(String host, InetAddress address) {
        InetAddress plain = unwrapped(address);
        if (hostAllowed(host) || allowedNetworks.stream().anyMatch(n -> n.contains(plain))) {
            return;
        }
        if (INTERNAL.stream().anyMatch(n -> n.contains(plain)) || plain.isAnyLocalAddress() || plain.isLoopbackAddress()
                || plain.isLinkLocalAddress() || plain.isSiteLocalAddress() || plain.isMulticastAddress()) {
            throw new LocationNotAllowedException("Refused " + host + ": it resolves to " + plain.getHostAddress()
                    + ", a loopback, private, link-local or metadata address; list the host or its network in "
                    + SETTING + " to allow it");
        }
    }

    /** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 address, else the address itself. */
    static InetAddress unwrapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] | b[13]) != 0;
            boolean zeroPrefix = java.util.stream.IntStream.range(0, 10).allMatch(i -> b[i] == 0);
            if (zeroPrefix && (mapped || compatible)) {
                return Network.address(java.util.Arrays.copyOfRange(b, 12, 16));
            }
        }
        return address;
    }

    /** An address with a prefix length: {@code 10.0.0.0/8}, {@code fd00::/8}, or one address. */
    record Network(byte[] prefix, int bits) {

        static boolean isNetwork(String text) {
            return text.contains("/") || text.contains(":") || text.matches("[0-9.]+");
        }

        static Network parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] prefix = literal(parts[0]).getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : prefix.length * 8;
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalArgumentException(SETTING + ": bad prefix length in " + text);
            }
            return new Network(prefix, bits);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** Parses an IP literal without any DNS look-up. */
        static InetAddress literal(String text) {
            String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
            if (!bare.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%a-zA-Z]*")) {
                throw new IllegalArgumentException(SETTING + ": '" + text + "' is not an IP address or network");
            }
            try {
                return InetAddress.getByName(bare);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(SETTING + ": '" + text + "' is not an IP address", e);
            }
        }

        static InetAddress address(byte[] bytes) {
            try {
                return InetAddress.getByAddress(bytes);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    static boolean isIpv4(InetAddress address) {
        return address instanceof Inet4Address;
    }
}
