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

    @ParameterizedTest
    @CsvSource({"'password: hunter2 ', 0, 17"})
    void findingCoversTheSecret(String text, int start, int end) {
        assertThat(SecretGuard.scan(text)).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(start);
            assertThat(f.end()).isEqualTo(end);
        });
    }
}
