package org.aftersales.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("API strict input: exact JSON types, no control characters, days 1900…2199, digits as the columns hold")
class StrictInputTest {

    @Test
    @DisplayName("a number in a text field is refused (400 on the field), not stored as \"123\"")
    void numberInTextField() {
        InputRefusedException refused = refused(ProjectDto.class, "{\"code\": \"P-1\", \"name\": 123}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("name");
        assertThat(refused.messageKey()).isEqualTo("api.error.notText");
    }

    @Test
    @DisplayName("a text, a fraction or a number beyond the type in a whole-number field is refused (400)")
    void wrongWholeNumbers() {
        assertThat(refused(ProjectDto.class, "{\"warrantyMonths\": \"12\"}").field())
                .isEqualTo("warrantyMonths");
        assertThat(refused(ProjectDto.class, "{\"warrantyMonths\": 1.5}").status())
                .isEqualTo(400);
        assertThat(refused(ProjectDto.class, "{\"warrantyMonths\": 2147483648}").messageKey())
                .isEqualTo("api.error.notWholeNumber");
        assertThat(refused(ProjectDto.class, "{\"projectDepartmentId\": 1e400}").field())
                .isEqualTo("projectDepartmentId");
    }

    @Test
    @DisplayName("a NUL byte or another C0 control character is refused in any text field (422 on the field)")
    void controlCharacters() {
        InputRefusedException nul = refused(ProjectDto.class, "{\"name\": \"a\\u0000b\"}");
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.field()).isEqualTo("name");

        assertThat(refused(CaseIntakeDto.class, "{\"description\": \"x\\u0007\"}")
                        .field())
                .isEqualTo("description");
        assertThat(refused(CaseActDto.class, "{\"reason\": \"\\u001b[31m\"}").field())
                .isEqualTo("reason");
    }

    @Test
    @DisplayName("line breaks and tabs only in multi-line fields: a description takes them, a name does not")
    void lineBreaksOnlyWhereTextRunsOverLines() {
        assertThatCode(() -> check(CaseIntakeDto.class, "{\"description\": \"one\\r\\ntwo\\tthree\"}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(WorkDoneDto.class, "{\"work\": \"a\\nb\", \"result\": \"c\\rd\"}"))
                .doesNotThrowAnyException();

        InputRefusedException name = refused(ProjectDto.class, "{\"name\": \"one\\ntwo\"}");
        assertThat(name.messageKey()).isEqualTo("api.error.singleLine");
        assertThat(refused(CaseIntakeDto.class, "{\"reporterName\": \"a\\tb\"}").field())
                .isEqualTo("reporterName");
    }

    @Test
    @DisplayName("a day not yyyy-MM-dd is refused as the wrong type (400), one outside 1900…2199 as out of range (422)")
    void daysInRange() {
        for (String day : new String[] {"-999999999-01-01", "+10000-01-01", "2026-02-30", "yesterday"}) {
            InputRefusedException refused = refused(ProjectDto.class, "{\"formalHandoverDate\": \"" + day + "\"}");
            assertThat(refused.status()).as(day).isEqualTo(400);
            assertThat(refused.field()).isEqualTo("formalHandoverDate");
            assertThat(refused.messageKey()).isEqualTo("api.error.dateFormat");
        }
        for (String day : new String[] {"1899-12-31", "2200-01-01"}) {
            BusinessException refused = catchThrowableOfType(
                    () -> check(ProjectDto.class, "{\"formalHandoverDate\": \"" + day + "\"}"),
                    BusinessException.class);
            assertThat(refused).as(day).isNotNull();
            assertThat(refused.getField()).isEqualTo("formalHandoverDate");
            assertThat(refused.getMessageKey()).isEqualTo("api.error.dateRange");
        }
        assertThatCode(() -> check(
                        ProjectDto.class,
                        "{\"provisionalHandoverDate\": \"1900-01-01\", \"formalHandoverDate\": \"2199-12-31\"}"))
                .doesNotThrowAnyException();
        assertThat(refused(ProjectDto.class, "{\"formalHandoverDate\": 20260601}")
                        .status())
                .isEqualTo(400);
        assertThat(refused(ProjectDto.class, "{\"formalHandoverDate\": \"2026-06-01\\u0000\"}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    @DisplayName("a decimal number has at most the digits of its column, named with its place in the body")
    void digitsAsTheColumnHolds() {
        InputRefusedException quantity = refused(
                WorkDoneDto.class,
                "{\"parts\": [{\"name\": \"a\", \"quantity\": 1}, {\"name\": \"b\", \"quantity\": 1e309}]}");

        assertThat(quantity.field()).isEqualTo("parts[1].quantity");
        assertThat(quantity.messageKey()).isEqualTo("api.error.digits");
        assertThat(refused(WorkDoneDto.class, "{\"parts\": [{\"quantity\": 1.2345}]}")
                        .field())
                .isEqualTo("parts[0].quantity");
        assertThatCode(() -> check(WorkDoneDto.class, "{\"parts\": [{\"quantity\": 123456789.125}]}"))
                .doesNotThrowAnyException();
        assertThat(refused(QuotationDtos.QuoteRequest.class, "{\"items\": [{\"cost\": 100}]}")
                        .field())
                .as("money is a string, never a JSON number")
                .isEqualTo("items[0].cost");
    }

    @Test
    @DisplayName("wrong shapes are refused: a string for a list, a list for an object, a string for true/false")
    void shapes() {
        assertThat(refused(WorkDoneDto.class, "{\"parts\": \"many\"}").messageKey())
                .isEqualTo("api.error.notList");
        assertThat(refused(WorkDoneDto.class, "{\"parts\": [[1]]}").messageKey())
                .isEqualTo("api.error.notObject");
        assertThat(refused(CaseIntakeDto.class, "{\"crisis\": \"true\"}").messageKey())
                .isEqualTo("api.error.notBoolean");
        assertThat(refused(CaseIntakeDto.class, "[]").field()).isNull();
    }

    @Test
    @DisplayName("members the type does not have are ignored, as JSON-B ignores them; null is left to the use case")
    void unknownAndNullMembers() {
        assertThatCode(() -> check(ProjectDto.class, "{\"nonsense\": \"a\\u0000\", \"name\": null, \"phase\": null}"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("query and path parameters are one line of text without control characters")
    void parameters() {
        InputRefusedException refused =
                catchThrowableOfType(() -> StrictInput.text("q", "abc\u0000", false), InputRefusedException.class);
        assertThat(refused.field()).isEqualTo("q");
    }

    private static InputRefusedException refused(Type type, String json) {
        InputRefusedException refused = catchThrowableOfType(() -> check(type, json), InputRefusedException.class);
        assertThat(refused).as(json).isNotNull();
        return refused;
    }

    private static void check(Type type, String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        StrictInput.check(value, type, "", null);
    }
}
