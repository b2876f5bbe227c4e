package org.aftersales.project;

import jakarta.persistence.EntityManager;
import org.aftersales.staff.Caller;
import org.aftersales.testing.TestDatabase;

/** Equipment items in a {@link TestDatabase}, and an {@link EquipmentService} wired by hand for services that need it. */
public final class EquipmentFixtures {

    private EquipmentFixtures() {}

    public static EquipmentService equipmentService(TestDatabase database, Caller caller) {
        return equipmentService(database.em(), caller);
    }

    public static EquipmentService equipmentService(EntityManager em, Caller caller) {
        EquipmentService service = new EquipmentService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        return service;
    }

    /** A mechanical item with the statutory installation warranty, saved. */
    public static EquipmentItem item(TestDatabase database, Project project, String tag, String name) {
        return database.saved(new EquipmentItem(
                project,
                tag,
                name,
                Discipline.MECHANICAL,
                WorkScope.INSTALLATION,
                WarrantyCategory.EQUIPMENT_INSTALLATION));
    }
}
