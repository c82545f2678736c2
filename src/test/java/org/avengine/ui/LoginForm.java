package org.avengine.ui;

import java.time.Duration;

import org.avengine.MediaConvertClients;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The dashboard's sign-in form, filled in a browser as a person would. */
final class LoginForm {

    private LoginForm() {
    }

    /** Fills the form the browser shows and waits until signing in has led away from it. */
    static void signIn(ChromeDriver driver, String key, String secret) {
        driver.findElement(By.id("key")).sendKeys(key);
        driver.findElement(By.id("secret")).sendKeys(secret);
        driver.findElement(By.id("sign-in")).click();
        MediaConvertClients.awaitTrue("the signed-in dashboard", Duration.ofSeconds(20),
                () -> !driver.getCurrentUrl().contains("/ui/login"));
    }
}
