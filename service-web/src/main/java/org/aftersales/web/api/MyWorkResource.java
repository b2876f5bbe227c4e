package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aftersales.mywork.MyWork;
import org.aftersales.mywork.MyWorkService;
import org.aftersales.mywork.WorkBlock;
import org.aftersales.mywork.WorkItem;

/**
 * {@code GET /api/my-work}: the caller's own work now (issue 6, Dashboards) — the blocks of their roles, crises first,
 * each with its count and its most urgent items (API.md: instants UTC "Z", days yyyy-MM-dd, money as strings).
 */
@Path("my-work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyWorkResource {

    @Inject
    MyWorkService myWork;

    @GET
    public MyWorkDto mine() {
        return MyWorkDto.of(myWork.mine());
    }

    public record MyWorkDto(String asOf, List<BlockDto> blocks) {
        static MyWorkDto of(MyWork work) {
            return new MyWorkDto(
                    ApiInstants.format(work.asOf()),
                    work.blocks().stream().map(BlockDto::of).toList());
        }
    }

    public record BlockDto(String kind, int count, List<ItemDto> items) {
        static BlockDto of(WorkBlock block) {
            return new BlockDto(
                    block.kind().name(),
                    block.count(),
                    block.items().stream().map(ItemDto::of).toList());
        }
    }

    public record ItemDto(
            String target,
            long targetId,
            String reference,
            String title,
            String what,
            String dueAt,
            String dueDate,
            boolean overdue,
            String amount) {
        static ItemDto of(WorkItem item) {
            return new ItemDto(
                    item.target().name(),
                    item.targetId(),
                    item.reference(),
                    item.title(),
                    item.labelKey(),
                    ApiInstants.format(item.dueAt()),
                    item.dueDate() == null ? null : item.dueDate().toString(),
                    item.overdue(),
                    item.amount() == null ? null : item.amount().toString());
        }
    }
}
