package org.aftersales.testing;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;

/** A caller with fixed roles and department, instead of the container's security context. */
public class TestCaller extends Caller {

    private final Set<Role> roles;
    private final Long departmentId;

    public TestCaller(Long departmentId, Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
        this.departmentId = departmentId;
    }

    @Override
    public String username() {
        return "test";
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
