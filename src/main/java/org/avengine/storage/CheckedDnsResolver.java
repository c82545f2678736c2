package org.avengine.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host for the download client and hands back only addresses {@link AddressRules} allow,
 * so the connection goes to exactly the address that was checked: a name that resolves to a public
 * address when checked and to 127.0.0.1 when connecting (DNS rebinding) has no window.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final AddressRules rules;

    CheckedDnsResolver(AddressRules rules) {
        this.rules = rules;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        try {
            Arrays.stream(addresses).forEach(address -> rules.check(host, address));
        } catch (LocationNotAllowedException e) {
            throw new AddressRefusedException(e);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return resolve(host)[0].getCanonicalHostName();
    }

    /** The resolved address is not allowed; the client gives it up without connecting. */
    static final class AddressRefusedException extends UnknownHostException {

        private final transient LocationNotAllowedException refusal;

        AddressRefusedException(LocationNotAllowedException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        LocationNotAllowedException refusal() {
            return refusal;
        }
    }
}
