package org.aftersales.demo;

import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.manual.Manual;
import org.aftersales.manual.ManualKind;
import org.aftersales.manual.ManualVersion;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.servicecase.CaseAttachment;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Role;
import org.aftersales.training.TrainingRequirement;

/**
 * Demo documents, so the running application shows issue 5's document features and the intake photos of issue 3:
 * two controlled manuals (R-K2) — a maintenance guide approved 20 days ago that the engineers still owe training on,
 * with its next version waiting as a DRAFT, and an operation manual — whose texts the knowledge search finds (R-K3);
 * a specification in the equipment archive of the first project's first item (R-B4); and a photo received with the
 * paid-service call (R-S1). Every file goes through the document store's checks like an upload.
 */
final class KnowledgeDemoData {

    private final EntityManager em;
    private final DocumentStore documents;
    private final Instant now;
    private final LocalDate today;

    KnowledgeDemoData(EntityManager em, DocumentStore documents, Instant now, LocalDate today) {
        this.em = em;
        this.documents = documents;
        this.now = now;
        this.today = today;
    }

    void seed(List<Project> projects) {
        Manual blower = new Manual("MAN-BLW-01", "罗茨鼓风机维护指导书", ManualKind.MAINTENANCE_GUIDE);
        blower.concern(EnumSet.of(Role.AFTER_SALES_ENGINEER), null);
        em.persist(blower);
        ManualVersion approved = version(
                blower,
                "V1.0",
                "首次发布",
                "罗茨鼓风机维护指导书 V1.0.txt",
                "一、日常检查：每班检查轴承温度（不超过 95 ℃）、油位和异常振动。\n"
                        + "二、润滑：齿轮油每运行 2000 小时更换一次，轴承润滑脂每 1000 小时补充。\n"
                        + "三、皮带：每月检查张紧度，出现打滑或异响时调整或更换。\n");
        approved.approve(now.minus(Duration.ofDays(20)), "leader");
        LocalDate approvedOn = today.minusDays(20);
        em.createQuery(
                        "select u from AppUser u join u.roles r where r = :role and u.enabled = :enabled"
                                + " order by u.username",
                        AppUser.class)
                .setParameter("role", Role.AFTER_SALES_ENGINEER)
                .setParameter("enabled", Boolean.TRUE)
                .getResultList()
                .forEach(engineer -> em.persist(new TrainingRequirement(engineer, approved, approvedOn)));
        version(
                blower,
                "V1.1",
                "增加消声器滤网清洗要求",
                "罗茨鼓风机维护指导书 V1.1.txt",
                "在 V1.0 基础上增加：进口消声器滤网每季度清洗一次，压差超过 1 kPa 时立即清洗。\n");

        Manual pump = new Manual("MAN-PMP-01", "潜水提升泵操作手册", ManualKind.OPERATION_MANUAL);
        em.persist(pump);
        version(
                        pump,
                        "V2.0",
                        "按新型号更新控制柜操作步骤",
                        "潜水提升泵操作手册 V2.0.txt",
                        "启泵前确认集水井液位高于停泵液位，控制柜转换开关置于“自动”。电流超过额定值 10% 时停泵检查叶轮是否缠绕。\n")
                .approve(now.minus(Duration.ofDays(60)), "leader");

        Project first = projects.get(0);
        List<EquipmentItem> items = em.createQuery(
                        "select e from EquipmentItem e where e.project = :project" + " order by e.tag",
                        EquipmentItem.class)
                .setParameter("project", first)
                .setMaxResults(1)
                .getResultList();
        if (!items.isEmpty()) {
            EquipmentItem item = items.get(0);
            StoredDocument specification = documents.store(
                    DocumentKind.SPECIFICATION,
                    item.getName() + " 技术规格书",
                    text(item.getTag() + " 技术规格书.txt", item.getName() + "：技术规格、安装尺寸及随机备件清单（演示）。\n"));
            specification.fileUnder(first, item);
        }

        em.createQuery("select c from ServiceCase c where c.project = :project order by c.id", ServiceCase.class)
                .setParameter("project", projects.get(1))
                .setMaxResults(1)
                .getResultList()
                .forEach(serviceCase -> {
                    StoredDocument photo = documents.store(
                            DocumentKind.CASE_ATTACHMENT,
                            serviceCase.getNumber() + " 鼓风机轴承座现场照片.png",
                            new DocumentUpload("鼓风机轴承座现场照片.png", new ByteArrayInputStream(photo())));
                    photo.fileUnder(serviceCase.getProject(), serviceCase.getEquipmentItem());
                    em.persist(new CaseAttachment(serviceCase, photo));
                });
    }

    private ManualVersion version(Manual manual, String label, String changes, String fileName, String content) {
        StoredDocument file = documents.store(
                DocumentKind.TECHNICAL_MANUAL,
                manual.getNumber() + " " + manual.getTitle() + " " + label,
                text(fileName, content));
        ManualVersion version = new ManualVersion(manual, label, changes, file);
        em.persist(version);
        return version;
    }

    private static DocumentUpload text(String fileName, String content) {
        return new DocumentUpload(fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** A small picture standing for a photo taken on site. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x5B, 0x7A, 0x8C));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0x9E, 0xA7, 0xAD));
        g.fillOval(100, 40, 120, 120);
        g.setColor(new Color(0x3A, 0x3F, 0x44));
        g.fillOval(140, 80, 40, 40);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
