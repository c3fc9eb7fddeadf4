from django.urls import path

from . import views

urlpatterns = [
    path("", views.person_index, name="person_index"),
    path("<slug:slug>/", views.person_profile, name="person_profile"),
]
