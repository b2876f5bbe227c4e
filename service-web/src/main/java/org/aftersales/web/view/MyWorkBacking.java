package org.aftersales.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import org.aftersales.mywork.MyWork;
import org.aftersales.mywork.MyWorkService;
import org.aftersales.mywork.WorkBlock;
import org.aftersales.mywork.WorkItem;
import org.aftersales.web.view.cases.CaseFormat;

/**
 * index.xhtml, the home page after login: "my work" (issue 6, Dashboards; issue 3, Lists) — the blocks of work the
 * caller's roles may see, crises first, each with its count and its most urgent items linking to their pages.
 */
@Named
@RequestScoped
public class MyWorkBacking {

    @Inject
    MyWorkService service;

    @Inject
    CaseFormat format;

    private MyWork work;

    public MyWork getWork() {
        if (work == null) {
            work = service.mine();
        }
        return work;
    }

    /** Whether no block of the caller has anything in it. */
    public boolean isNothingToDo() {
        return getWork().total() == 0;
    }

    public String asOf() {
        return format.time(getWork().asOf());
    }

    public String href(WorkItem item) {
        return WorkLinks.href(item.target(), item.targetId());
    }

    /** The deadline as the page shows it: {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd}. */
    public String due(WorkItem item) {
        if (item.dueAt() != null) {
            return format.time(item.dueAt());
        }
        return item.dueDate() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(item.dueDate());
    }

    /** How many items a block has beyond those listed. */
    public int more(WorkBlock block) {
        return block.count() - block.items().size();
    }

    public int getNearBreachPercent() {
        return service.nearBreachPercent();
    }
}
