package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ModuleExports;
import io.github.miniflare4j.WorkerArgument;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.ModulePath;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of a worker's functions ({@code src/test/resources/pricing}): where a Vitest test
 * imports {@code ../src/pricing} and calls its exports, this one injects the module with {@code
 * @ModulePath} and calls them in the worker, TypeScript as it is on disk. Arguments and results
 * cross as structured clones (numbers come back as {@code Double}, objects as maps);
 * {@code WorkerArgument.ENV} hands a function the worker's own {@code env}. The last test checks
 * the same rules end to end through {@code fetch}.
 */
@MiniflareTest(config = "classpath:pricing/wrangler.toml")
class PricingUnitSampleTest {

  private static final List<Map<String, Object>> CART = List.of(
      Map.of("sku", "pen", "unitCents", 150, "quantity", 10),
      Map.of("sku", "pad", "unitCents", 400, "quantity", 1));

  @Test
  void bulk_lines_get_ten_percent_off(@ModulePath("src/pricing") ModuleExports pricing) {
    assertThat(pricing.call("subtotalCents", CART)).isEqualTo(1750.0); // 1500 * 0.9 + 400
    assertThat(pricing.call("subtotalCents", List.of())).isEqualTo(0.0);
  }

  @Test
  void amounts_print_with_two_decimals(@ModulePath("src/pricing") ModuleExports pricing) {
    assertThat(pricing.call("formatCents", 1250)).isEqualTo("12.50 EUR");
    assertThat(pricing.call("formatCents", 5, "USD")).isEqualTo("0.05 USD");
    assertThatThrownBy(() -> pricing.call("formatCents", 12.5))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("TypeError");
          assertThat(e.errorMessage()).isEqualTo("cents must be an integer, got 12.5");
        });
  }

  @Test
  void a_quote_reads_vat_and_coupons_from_the_workers_env(
      @ModulePath("src/pricing") ModuleExports pricing, @Binding("COUPONS") KvNamespace coupons) {
    coupons.put("coupon:SPRING", "10");

    assertThat(pricing.call("quote", WorkerArgument.ENV, CART, "SPRING"))
        .isEqualTo(Map.of("subtotal", 1750.0, "discount", 175.0, "vat", 315.0, "total", 1890.0));
  }

  @Test
  void the_endpoint_answers_with_the_same_rules(WorkerClient api) {
    assertThat(api.post("/quote").json(CART).send().text())
        .isEqualTo("{\"subtotal\":1750,\"discount\":0,\"vat\":350,\"total\":2100,\"display\":\"21.00 EUR\"}");
  }
}
