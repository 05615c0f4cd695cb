use leptos::either::Either;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{NotSignedIn, Page, PhoneNav};

/// A page of the signed-in phone's account at `path`: its navigation, then
/// what `body` makes of `data` once read on the server. A phone that is not
/// signed in is asked to, and comes back here afterwards.
#[component]
pub fn AccountPage<T, E, V>(
    #[prop(into)] title: String,
    path: &'static str,
    data: Resource<Result<T, E>>,
    body: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    E: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Page title class="phone">
            <Suspense fallback=|| ()>
                {move || {
                    let body = body.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(data) => Either::Left(view! { <PhoneNav current=path/> {body(data)} }),
                            Err(_) => Either::Right(view! { <NotSignedIn next=path/> }),
                        }
                    })
                }}
            </Suspense>
        </Page>
    }
}
