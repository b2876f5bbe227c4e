package org.aftersales.field;

/**
 * The acts an engineer records on site from the phone (issue 16, "The engineer's phone": big buttons, one hand), in the
 * order of the visit (R-S5, R-S7). Which of them a card offers next is {@link EngineerDayService#next}'s to say.
 */
public enum FieldAct {
    /** 到达现场: meets the arrival clock (R-S5). */
    ARRIVE,
    /** 已确认安全规定: the engineer acknowledges the safety rules for themselves (R-S7). */
    ACKNOWLEDGE_SAFETY,
    /** 工作完成: the work done, the parts used and the result (R-S7). */
    RECORD_WORK_DONE,
    /** 等待备件 / 等待业主: the work stops for a while, a timeline line without clock effect (issue 16). */
    INTERRUPT_WORK
}
