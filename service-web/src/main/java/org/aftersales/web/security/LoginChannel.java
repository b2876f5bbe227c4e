package org.aftersales.web.security;

/** Which door a login came through ("form" or "basic"), for the security log. */
final class LoginChannel {

    static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private LoginChannel() {}
}
