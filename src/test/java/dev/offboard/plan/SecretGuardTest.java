package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.SecretGuard.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The hosting password: hunter2 | PASSWORD",
        "password is Tr0ub4dor&3 | PASSWORD",
        "Mot de passe : soleil2026 | PASSWORD",
        "mdp=azerty123 | PASSWORD",
        "API key: 9f8e7d6c5b4a | API_KEY",
        "token = abc123def456 | TOKEN",
        "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA | PRIVATE_KEY",
        "-----BEGIN RSA PRIVATE KEY----- | PRIVATE_KEY",
        "use AKIAIOSFODNN7EXAMPLE for uploads | TOKEN",
        "ghp_1234567890abcdefghijABCDEFGHIJ123456 | TOKEN",
        "the key is kY7rT2pQ9zLm4Xw8Vb3Nc6Hd | API_KEY",
        "Card 4111 1111 1111 1111 on file | CARD_NUMBER",
        "card 5555-5555-5555-4444 | CARD_NUMBER",
        // French typing puts a no-break space before the colon; others a narrow one.
        "Mot de passe\u00a0: Soleil2024 | PASSWORD",
        "Password\u202f: x | PASSWORD",
        "Files at https://priya:Hunter2024@files.northwind.example/share | PASSWORD",
        "Card 4111.1111.1111.1111 | CARD_NUMBER",
        "Card 4111  1111  1111  1111 | CARD_NUMBER",
        "Ref INV-4111111111111111 | CARD_NUMBER",
        "p4ssword: Soleil2024 | PASSWORD",
        "pw=Soleil2024 | PASSWORD",
        "PIN: 4821 | PASSWORD",
        "Passwort: Sonne2024 | PASSWORD",
        "Mot de passe : Soleil2024 | PASSWORD",
        // Look-alikes: Cyrillic а and о, full-width letters, a zero-width space inside the label.
        "p\u0430ssw\u043erd: Soleil2024 | PASSWORD",
        "\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44: Soleil2024 | PASSWORD",
        "pass\u200bword: Soleil2024 | PASSWORD",
    })
    void flagsSecretShapedText(String text, Kind kind) {
        assertThat(SecretGuard.scan(text)).extracting(SecretGuard.Finding::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Shared through your password manager, then I change nothing further",
        "Web host login",
        "Transfer the domain northwind-books.example in person",
        "Invoice INV-2024-118 is due on 2026-03-14",
        "Call me on +33 6 12 34 56 78",
        "Tracking number 1234 5678 9012 3456",
        "internationalisation-and-localisation-guidelines",
        "Le mot de passe sera transmis en personne",
        "Shared folder: https://drive.google.com/drive/folders/1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvW?usp=sharing",
        "Password: handed over in person",
        "Token: see the shared vault",
        "Secret: none",
        "Mot de passe : remis en main propre",
        "Final files in Northwind_Autumn_Catalogue_2026_PrintReady_v3_CMYK_Bleed.pdf",
        "The secret is that we enjoyed the work",
        "",
    })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(SecretGuard.scan(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4111111111111111, true", "4111111111111112, false", "79927398713, false"})
    void luhnCheckSeparatesCardNumbersFromOtherDigits(String digits, boolean valid) {
        assertThat(SecretGuard.passesLuhn(digits)).isEqualTo(valid);
    }

    /**
     * Inputs built to make a backtracking pattern slow, one family per pattern. Each must be
     * scanned in linear time; the time budget itself is measured by {@code SecretGuardBenchmark}.
     * This guard only catches a return of the second-per-field behaviour (twenty fields of
     * each family, which took 20 seconds and more before the patterns were bounded).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"label", "label-quote", "url", "private-key", "token", "long-word", "card", "tone"})
    void adversarialInputsAreScannedQuickly(String family) {
        String text = SecretGuardBenchmarkInputs.adversarial(family);

        java.util.List<SecretGuard.Finding> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(15), () -> {
                    java.util.List<SecretGuard.Finding> last = null;
                    for (int i = 0; i < 20; i++) {
                        last = SecretGuard.scan(text + i);
                        ToneGuard.scan(text + i);
                    }
                    return last;
                });

        assertThat(found).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length() + 3));
    }

    @ParameterizedTest
    @CsvSource({"'password: hunter2 ', 0, 17"})
    void findingCoversTheSecret(String text, int start, int end) {
        assertThat(SecretGuard.scan(text)).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(start);
            assertThat(f.end()).isEqualTo(end);
        });
    }
}
