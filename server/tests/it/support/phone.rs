//! A phone: a native app signed in to a fresh account, speaking the JSON API
//! with its device token (no cookies, no origin, as an app does).

use protocol::{ApproveRequest, InspectResponse, LinkedDevice, LoginResponse, PhoneSession};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::server::Server;
use super::unique_name;

pub const PASSWORD: &str = "correct horse";

pub struct Phone {
    pub http: reqwest::Client,
    base: String,
    pub token: String,
    pub username: String,
    pub display_name: String,
}

pub use super::Answer;

impl Phone {
    /// Registers a fresh account and signs a phone ("Pixel 8") in to it.
    pub async fn sign_up(server: &Server) -> Self {
        let http = reqwest::Client::new();
        let username = unique_name("u");
        let display_name = format!("Ada {}", &username[1..5]);
        let created = http
            .post(server.url("/api/auth/register"))
            .json(
                &json!({ "username": username, "password": PASSWORD, "displayName": display_name }),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), StatusCode::CREATED);
        let mut phone = Self {
            http,
            base: server.base.clone(),
            token: String::new(),
            username,
            display_name,
        };
        phone.token = phone.sign_in("Pixel 8").await.device_token;
        phone
    }

    /// Another phone of the same account.
    pub async fn another(&self, device_name: &str) -> Self {
        let mut other = Self {
            http: reqwest::Client::new(),
            base: self.base.clone(),
            token: String::new(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
        };
        other.token = other.sign_in(device_name).await.device_token;
        other
    }

    async fn sign_in(&self, device_name: &str) -> LoginResponse {
        let body = json!({ "username": self.username, "password": PASSWORD, "deviceName": device_name, "deviceType": "android" });
        let response = self
            .http
            .post(format!("{}/api/auth/login", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    async fn post(&self, path: &str, body: Value) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// A raw JSON call with the device token: status and body.
    pub async fn call(&self, path: &str, body: Value) -> (StatusCode, Value) {
        let response = self.post(path, body).await;
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn typed<T: DeserializeOwned>(&self, path: &str, body: Value) -> Answer<T> {
        super::answer(self.post(path, body).await).await
    }

    pub async fn inspect(&self, token: &str) -> Answer<InspectResponse> {
        self.typed("/api/qr/inspect", json!({ "token": token }))
            .await
    }

    pub async fn approve(&self, token: &str) -> Answer<Value> {
        self.typed("/api/qr/approve", json!({ "token": token }))
            .await
    }

    pub async fn approve_with(&self, request: &ApproveRequest) -> Answer<Value> {
        self.typed("/api/qr/approve", serde_json::to_value(request).unwrap())
            .await
    }

    pub async fn deny(&self, token: &str) -> Answer<Value> {
        self.typed("/api/qr/deny", json!({ "token": token })).await
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Answer<T> {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap();
        super::answer(response).await
    }

    /// The browsers this account has linked.
    pub async fn devices(&self) -> Vec<LinkedDevice> {
        self.get("/api/devices").await.unwrap()
    }

    /// The phones signed in to this account.
    pub async fn phones(&self) -> Answer<Vec<PhoneSession>> {
        self.get("/api/auth/sessions").await
    }

    pub async fn delete(&self, path: &str) -> StatusCode {
        self.http
            .delete(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap()
            .status()
    }

    /// `PUT` of a JSON body with the device token: its status.
    pub async fn put(&self, path: &str, body: Value) -> StatusCode {
        self.http
            .put(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .unwrap()
            .status()
    }

    /// `POST` with the device token and no body.
    pub async fn post_empty(&self, path: &str) -> StatusCode {
        self.http
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap()
            .status()
    }
}

/// "Log in" with default options.
pub fn approval(token: &str) -> ApproveRequest {
    ApproveRequest {
        token: Some(token.to_owned()),
        ..ApproveRequest::default()
    }
}
