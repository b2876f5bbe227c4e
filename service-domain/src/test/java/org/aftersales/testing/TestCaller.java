package org.aftersales.testing;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;

/** A caller with fixed roles and department, instead of the container's security context. */
public class TestCaller extends Caller {

    private final Set<Role> roles;
    private final Long departmentId;
    private final String username;

    public TestCaller(Long departmentId, Role first, Role... more) {
        this("test", departmentId, first, more);
    }

    private TestCaller(String username, Long departmentId, Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
        this.departmentId = departmentId;
        this.username = username;
    }

    /** A caller logged in as {@code username}: for acts that are the caller's own (R-S7: each engineer's safety). */
    public static TestCaller named(String username, Role first, Role... more) {
        return new TestCaller(username, null, first, more);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    @Override
    public Long departmentId() {
        return departmentId;
    }
}
