package com.lumenbridge.catalog.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductLifecycleTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final ProductDetails details = ProductRules.validate(Inputs.bulb());

    private Product draft() {
        return Product.draft("aurora", "AUR-A60-9W-2700", details, clock);
    }

    private Product active() {
        Product product = draft();
        product.publish(clock);
        return product;
    }

    private Product discontinued() {
        Product product = active();
        product.discontinue(clock);
        return product;
    }

    @Test
    void aNewProductIsADraftAtVersionOne() {
        Product product = draft();

        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.version()).isEqualTo(1);
        assertThat(product.drafted()).isEqualTo(new ProductChange.Drafted(product.state()));
    }

    @Test
    void publishingADraftMakesItActiveAndRecordsIt() {
        Product product = draft();

        ProductChange change = product.publish(clock);

        assertThat(change).isInstanceOf(ProductChange.Published.class);
        assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(product.version()).isEqualTo(2);
        assertThat(change.product()).isEqualTo(product.state());
    }

    @Test
    void discontinuingAnActiveProductRecordsIt() {
        Product product = active();

        ProductChange change = product.discontinue(clock);

        assertThat(change).isInstanceOf(ProductChange.Discontinued.class);
        assertThat(product.status()).isEqualTo(ProductStatus.DISCONTINUED);
        assertThat(product.version()).isEqualTo(3);
    }

    @Test
    void rejectsPublishingAnActiveOrDiscontinuedProduct() {
        assertThatThrownBy(() -> active().publish(clock)).isInstanceOfSatisfying(ProductNotDraft.class,
            e -> assertThat(e.rule()).isEqualTo("product-not-draft"));
        assertThatThrownBy(() -> discontinued().publish(clock)).isInstanceOf(ProductNotDraft.class);
    }

    @Test
    void rejectsDiscontinuingADraftOrADiscontinuedProduct() {
        assertThatThrownBy(() -> draft().discontinue(clock)).isInstanceOfSatisfying(ProductNotActive.class,
            e -> assertThat(e.rule()).isEqualTo("product-not-active"));
        assertThatThrownBy(() -> discontinued().discontinue(clock)).isInstanceOf(ProductNotActive.class);
    }

    @Test
    void aRejectedVerbLeavesTheProductAsItWas() {
        Product product = draft();
        ProductState before = product.state();

        assertThatThrownBy(() -> product.discontinue(clock)).isInstanceOf(ProductNotActive.class);

        assertThat(product.state()).isEqualTo(before);
    }

    @Test
    void revisingDescriptiveFieldsRecordsAnUpdate() {
        Product product = active();
        ProductDetails renamed = ProductRules.validate(Inputs.with(Inputs.bulb(), p -> { p.name = "A60 Classic"; return p; }));

        List<ProductChange> changes = product.revise(renamed, clock);

        assertThat(changes).containsExactly(new ProductChange.Revised(product.state()));
        assertThat(product.version()).isEqualTo(3);
        assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
    }

    @Test
    void revisingOnlyThePriceRecordsAPriceChangeWithThePreviousPrice() {
        Product product = draft();
        ProductDetails cheaper = details.withListPrice(new Money(449, "EUR"));

        List<ProductChange> changes = product.revise(cheaper, clock);

        assertThat(changes).containsExactly(new ProductChange.Repriced(product.state(), new Money(499, "EUR")));
    }

    @Test
    void revisingPriceAndFieldsRecordsBothForOneVersion() {
        Product product = draft();
        ProductDetails both = ProductRules.validate(Inputs.with(Inputs.bulb(), p -> { p.cri = 90; p.price = 599L; return p; }));

        List<ProductChange> changes = product.revise(both, clock);

        assertThat(changes).containsExactly(new ProductChange.Revised(product.state()),
            new ProductChange.Repriced(product.state(), new Money(499, "EUR")));
        assertThat(product.version()).isEqualTo(2);
    }

    @Test
    void revisingWithTheSameDetailsChangesNothing() {
        Product product = active();

        assertThat(product.revise(ProductRules.validate(Inputs.bulb()), clock)).isEmpty();
        assertThat(product.version()).isEqualTo(2);
    }

    @Test
    void aDiscontinuedProductCannotBeRevised() {
        assertThatThrownBy(() -> discontinued().revise(details.withListPrice(new Money(1, "EUR")), clock))
            .isInstanceOfSatisfying(ProductDiscontinued.class, e -> assertThat(e.rule()).isEqualTo("product-discontinued"));
    }

    @Test
    void movingToAStatusTakesTheOneLegalStepOrNone() {
        Product product = draft();
        assertThat(product.moveTo(ProductStatus.DRAFT, clock)).isEmpty();
        assertThat(product.moveTo(ProductStatus.ACTIVE, clock)).singleElement().isInstanceOf(ProductChange.Published.class);
        assertThat(product.moveTo(ProductStatus.DISCONTINUED, clock)).singleElement()
            .isInstanceOf(ProductChange.Discontinued.class);
        assertThat(product.version()).isEqualTo(3);
    }

    @Test
    void movingBackToDraftOrFromDraftToDiscontinuedIsRejected() {
        assertThatThrownBy(() -> active().moveTo(ProductStatus.DRAFT, clock)).isInstanceOfSatisfying(
            ProductCannotReturnToDraft.class, e -> assertThat(e.rule()).isEqualTo("product-cannot-return-to-draft"));
        assertThatThrownBy(() -> draft().moveTo(ProductStatus.DISCONTINUED, clock)).isInstanceOf(ProductNotActive.class);
        assertThatThrownBy(() -> discontinued().moveTo(ProductStatus.ACTIVE, clock)).isInstanceOf(ProductNotDraft.class);
    }
}
