/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.orrery.model.OrreryFactory;
import org.orrery.model.OrreryPackage;
import org.orrery.model.World;

/**
 * This is the item provider adapter for a {@link org.orrery.model.World} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WorldItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorldItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_World_formatVersion_feature"),
				 getString("_UI_World_formatVersion_description"),
				 OrreryPackage.Literals.WORLD__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__CLOUDS);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__FEDERATIONS);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__LINKS);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__OVERLAYS);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__PHONES);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__APPLICATIONS);
			childrenFeatures.add(OrreryPackage.Literals.WORLD__EXPERIMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns World.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/World"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((World)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_World_type") :
			getString("_UI_World_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(World.class)) {
			case OrreryPackage.WORLD__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case OrreryPackage.WORLD__CLOUDS:
			case OrreryPackage.WORLD__FEDERATIONS:
			case OrreryPackage.WORLD__LINKS:
			case OrreryPackage.WORLD__OVERLAYS:
			case OrreryPackage.WORLD__PHONES:
			case OrreryPackage.WORLD__APPLICATIONS:
			case OrreryPackage.WORLD__EXPERIMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__CLOUDS,
				 OrreryFactory.eINSTANCE.createCloud()));

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__FEDERATIONS,
				 OrreryFactory.eINSTANCE.createFederation()));

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__LINKS,
				 OrreryFactory.eINSTANCE.createNetworkLink()));

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__OVERLAYS,
				 OrreryFactory.eINSTANCE.createOverlayNetwork()));

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__PHONES,
				 OrreryFactory.eINSTANCE.createPhone()));

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__APPLICATIONS,
				 OrreryFactory.eINSTANCE.createApplication()));

		newChildDescriptors.add
			(createChildParameter
				(OrreryPackage.Literals.WORLD__EXPERIMENTS,
				 OrreryFactory.eINSTANCE.createExperiment()));
	}

}
